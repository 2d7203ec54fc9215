package io.github.wenshu.read.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date line in Arabic or Chinese numerals: "2024年12月19日", "２０２４年１２月１９日",
 * "二〇二四年十二月十九日".
 *
 * <pre>{@code
 * TextDates.parse("二〇二四年十二月十九日");   // Optional[2024-12-19]
 * }</pre>
 */
public final class TextDates {

    private static final String CN_DIGITS = "〇一二三四五六七八九";
    static final Pattern DATE = Pattern.compile(
            "([0-9]{4}|[〇零○Ｏ一二三四五六七八九]{4})\\s*年\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*月"
                    + "\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*日");
    private static final Pattern WHOLE = Pattern.compile("^" + DATE.pattern() + "$");

    private TextDates() {
    }

    /** Whether the whole line is written as a date (it may still be an impossible one). */
    public static boolean looksLikeDate(String line) {
        return WHOLE.matcher(asciiDigits(line.strip())).matches();
    }

    /**
     * The date of a line that is only a date.
     *
     * @throws IllegalArgumentException when it looks like a date but none exists ("2024年2月30日")
     */
    public static Optional<LocalDate> parse(String line) {
        Matcher m = WHOLE.matcher(asciiDigits(line.strip()));
        return m.matches() ? Optional.of(of(m)) : Optional.empty();
    }

    static LocalDate of(Matcher m) {
        int year = year(m.group(1));
        int month = number(m.group(2));
        int day = number(m.group(3));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + m.group() + "' is not a real date (" + e.getMessage() + ")");
        }
    }

    static String asciiDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return sb.toString();
    }

    private static int year(String s) {
        if (Character.isDigit(s.charAt(0)) && s.charAt(0) < 128) {
            return Integer.parseInt(s);
        }
        int y = 0;
        for (char c : s.toCharArray()) {
            int d = c == '零' || c == '○' || c == 'Ｏ' ? 0 : CN_DIGITS.indexOf(c);
            y = y * 10 + d;
        }
        return y;
    }

    private static int number(String s) {
        if (s.charAt(0) < 128) {
            return Integer.parseInt(s);
        }
        int tens = s.indexOf('十');
        if (tens < 0) {
            return CN_DIGITS.indexOf(s.charAt(0));
        }
        int high = tens == 0 ? 1 : CN_DIGITS.indexOf(s.charAt(0));
        int low = tens == s.length() - 1 ? 0 : CN_DIGITS.indexOf(s.charAt(tens + 1));
        return high * 10 + low;
    }
}

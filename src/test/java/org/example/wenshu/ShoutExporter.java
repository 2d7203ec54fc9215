package org.example.wenshu;

import java.util.Locale;

/** A second test exporter: upper case, written with the {@code .lines} extension of the test inputs. */
public final class ShoutExporter extends ProbeExporter {

    @Override
    public String format() {
        return "shout";
    }

    @Override
    public String fileExtension() {
        return "lines";
    }

    @Override
    protected String transform(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}

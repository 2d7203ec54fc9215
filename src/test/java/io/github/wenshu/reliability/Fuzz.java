package io.github.wenshu.reliability;

/** Development aid: runs the generated-report property for N seeds from START and prints each failure in a line. */
final class Fuzz {

    private Fuzz() {
    }

    public static void main(String[] args) {
        long start = Long.parseLong(args[0]);
        int n = Integer.parseInt(args[1]);
        int failed = 0;
        for (long seed = start; seed < start + n; seed++) {
            try {
                Conversions.check(Reports.any(new Gen(seed)));
            } catch (Throwable t) {
                failed++;
                String where = "";
                for (StackTraceElement e : t.getStackTrace()) {
                    if (e.getClassName().startsWith("io.github.wenshu") && !e.getClassName().contains("reliability")) {
                        where = " at " + e;
                        break;
                    }
                }
                if (args.length > 2) {
                    t.printStackTrace(System.out);
                }
                String msg = String.valueOf(t.getMessage());
                System.out.println(seed + ": " + t.getClass().getSimpleName() + ": "
                        + TextOrder.escape(msg.substring(0, Math.min(300, msg.length()))) + where);
            }
        }
        System.out.println(failed + " of " + n + " failed");
        System.exit(0);
    }
}

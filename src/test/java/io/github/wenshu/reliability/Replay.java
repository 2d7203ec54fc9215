package io.github.wenshu.reliability;

import io.github.wenshu.export.Exporter;
import io.github.wenshu.export.Warning;
import io.github.wenshu.model.Report;

/** Development aid: exports the generated report of a seed and prints its warnings and read-back text. */
final class Replay {

    private Replay() {
    }

    public static void main(String[] args) throws Exception {
        Report r = Reports.any(new Gen(Long.parseLong(args[0])));
        System.out.println("metadata: " + TextOrder.escape(r.metadata().toString()));
        for (Exporter e : Conversions.exporters()) {
            Conversions.Output out = Conversions.export(e, r, Conversions.OPTIONS);
            System.out.println("== " + e.format());
            for (Warning w : out.result().warnings()) {
                System.out.println("  " + TextOrder.escape(w.toString()));
            }
            System.out.println(TextOrder.escape(e.format().equals("pdf") ? ReadBack.pdf(out.bytes())
                    : ReadBack.docx(out.bytes())));
        }
    }
}

package org.qualityguard.documents.pdf;

import java.util.Arrays;

/**
 * The cost of a document's PDF: the first one (finding and loading the fonts, then rendering) and then N more
 * (default 200) of a one-page and of a three-page decision, with median, 95th percentile and size. Not a test: run it
 * by hand — {@code mvn -o -B -q -pl platform test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test}, then {@code java -cp
 * "platform/target/classes:platform/target/test-classes:$(cat platform/target/cp.txt)"
 * org.qualityguard.documents.pdf.DocumentPdfHarness 200}.
 */
public final class DocumentPdfHarness {

    private DocumentPdfHarness() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long start = System.nanoTime();
        DocumentPdf pdf = new DocumentPdf(CjkFonts.find(DocumentPdfTest.SYSTEM_FONTS));
        long loaded = System.nanoTime();
        DocumentPdf.Rendered first = pdf.render(DocumentPdfTest.decision(3));
        long rendered = System.nanoTime();
        System.out.printf("fonts found and loaded %.0f ms; first document %.0f ms (%d page(s), %d bytes)%n",
                (loaded - start) / 1e6, (rendered - loaded) / 1e6, first.pages(), first.pdf().length);
        for (int paragraphs : new int[] {1, 12}) {
            double[] ms = new double[n];
            DocumentPdf.Rendered last = null;
            for (int i = 0; i < n; i++) {
                long t = System.nanoTime();
                last = pdf.render(DocumentPdfTest.decision(paragraphs));
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf("%d page(s), %d bytes: median %.1f ms, p95 %.1f ms, max %.1f ms over %d%n",
                    last.pages(), last.pdf().length, ms[n / 2], ms[(int) (n * 0.95)], ms[n - 1], n);
        }
    }
}

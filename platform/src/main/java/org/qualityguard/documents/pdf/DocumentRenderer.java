package org.qualityguard.documents.pdf;

import java.nio.file.Path;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The platform's renderer of documents: the fonts are found and loaded on the first document (a platform that issues
 * none needs no Chinese font installed) and kept; a missing font is refused (E1083) on every attempt until one is
 * installed, rather than remembered. The font is looked for under {@code qualityguard.documents.font-directories}
 * (with their sub-directories), by default where Debian's {@code fonts-arphic-uming} installs it.
 */
@Component
public class DocumentRenderer {

    private final List<Path> fontDirectories;
    private volatile DocumentPdf pdf;

    DocumentRenderer(@Value("${qualityguard.documents.font-directories:/usr/share/fonts,/usr/local/share/fonts}")
                     List<String> fontDirectories) {
        this.fontDirectories = fontDirectories.stream().map(String::strip).map(Path::of).toList();
    }

    public DocumentPdf.Rendered render(PdfContent content) {
        return pdf().render(content);
    }

    private DocumentPdf pdf() {
        DocumentPdf loaded = pdf;
        if (loaded == null) {
            synchronized (this) {
                loaded = pdf;
                if (loaded == null) {
                    loaded = new DocumentPdf(CjkFonts.find(fontDirectories));
                    pdf = loaded;
                }
            }
        }
        return loaded;
    }
}

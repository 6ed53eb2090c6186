package org.qualityguard.documents.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.lowagie.text.pdf.BaseFont;
import org.qualityguard.documents.DocumentsUnavailableException;
import org.qualityguard.documents.domain.DocumentError;

/**
 * The Chinese face documents are set in, found on disk and loaded once: AR PL UMing CN, a Ming (宋体-like) face with
 * TrueType outlines from Debian's {@code fonts-arphic-uming} ({@code /usr/share/fonts/truetype/arphic/uming.ttc}).
 * Not Noto Serif/Sans CJK: Debian ships those only as OpenType collections with CFF outlines, and OpenPDF 2.0.5
 * embeds a CFF face as a subset that breaks some glyphs (seen here: 菌 and 茵 lose their grass radical; embedding
 * the whole face instead costs 20 MB a document), while its TrueType subsets are sound. The collection's face is
 * chosen by its name, not by an assumed index. Headings and the title are set in the same face, emboldened. A
 * missing font is refused (E1083) rather than rendered as empty boxes or with another font's glyphs.
 */
public final class CjkFonts {

    /** The collection and the name of its Simplified Chinese face. */
    private static final String FILE = "uming.ttc";
    private static final String FACE = "UMingCN";
    private static final int DEPTH = 6;

    private final BaseFont regular;
    private final String source;

    private CjkFonts(BaseFont regular, String source) {
        this.regular = regular;
        this.source = source;
    }

    /** Finds and loads the face under the directories, or refuses with E1083 naming where it looked. */
    public static CjkFonts find(List<Path> directories) {
        Path file = locate(directories, FILE).orElseThrow(() -> new DocumentsUnavailableException(
                DocumentError.FONT_MISSING.violation(), "no Chinese font (AR PL UMing, " + FILE + ") under "
                + directories + ": install the Debian package fonts-arphic-uming or set "
                + "qualityguard.documents.font-directories", null));
        String face = face(file);
        return new CjkFonts(load(face), face);
    }

    public BaseFont regular() {
        return regular;
    }

    /** The face the document is set in, as OpenPDF names it (file, and index within the collection). */
    public String source() {
        return source;
    }

    private static Optional<Path> locate(List<Path> directories, String fileName) {
        for (Path dir : directories) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.find(dir, DEPTH, (p, a) -> a.isRegularFile()
                    && p.getFileName().toString().equals(fileName))) {
                Optional<Path> found = files.sorted().findFirst();
                if (found.isPresent()) {
                    return found;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }

    /** The file as OpenPDF names a face: the collection's Simplified Chinese face by its index. */
    private static String face(Path file) {
        String path = file.toAbsolutePath().toString();
        try {
            String[] names = BaseFont.enumerateTTCNames(path);
            for (int i = 0; i < names.length; i++) {
                if (names[i].equalsIgnoreCase(FACE)) {
                    return path + "," + i;
                }
            }
        } catch (Exception e) {
            throw unreadable(path, e);
        }
        throw unreadable(path, null);
    }

    private static BaseFont load(String face) {
        try {
            return BaseFont.createFont(face, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (Exception e) {
            throw unreadable(face, e);
        }
    }

    private static DocumentsUnavailableException unreadable(String face, Exception cause) {
        return new DocumentsUnavailableException(DocumentError.FONT_MISSING.violation(),
                "the font " + face + " has no readable face " + FACE, cause);
    }
}

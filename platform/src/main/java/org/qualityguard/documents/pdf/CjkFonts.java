package org.qualityguard.documents.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import com.lowagie.text.pdf.BaseFont;
import org.qualityguard.documents.DocumentsUnavailableException;
import org.qualityguard.documents.domain.DocumentError;

/**
 * The Chinese faces documents are set in, found on disk and loaded once: a regular and a bold face of Noto Serif CJK
 * (Noto Sans CJK when the serif is not installed), Simplified Chinese. Debian ships them as OpenType collections
 * ({@code .ttc} with CFF outlines); OpenPDF reads a collection's face by index ({@code file.ttc,2}) and embeds the
 * CFF subset as a CIDFontType0 font, so the index of the SC face is read from the collection's names rather than
 * assumed. A missing font is refused (E1083) rather than rendered as empty boxes.
 */
public final class CjkFonts {

    /** Regular and bold file names to look for, best first. */
    private static final List<List<String>> CANDIDATES = List.of(
            List.of("NotoSerifCJK-Regular.ttc", "NotoSerifCJK-Bold.ttc"),
            List.of("NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"),
            List.of("NotoSerifCJKsc-Regular.otf", "NotoSerifCJKsc-Bold.otf"),
            List.of("NotoSansCJKsc-Regular.otf", "NotoSansCJKsc-Bold.otf"));
    private static final int DEPTH = 6;

    private final BaseFont regular;
    private final BaseFont bold;
    private final String source;

    private CjkFonts(BaseFont regular, BaseFont bold, String source) {
        this.regular = regular;
        this.bold = bold;
        this.source = source;
    }

    /** Finds and loads the faces under the directories, or refuses with E1083 naming where it looked. */
    public static CjkFonts find(List<Path> directories) {
        for (List<String> pair : CANDIDATES) {
            Optional<Path> regular = locate(directories, pair.get(0));
            if (regular.isPresent()) {
                Path boldFile = locate(directories, pair.get(1)).orElse(regular.get());
                String regularFace = face(regular.get());
                return new CjkFonts(load(regularFace), load(face(boldFile)), regularFace);
            }
        }
        throw new DocumentsUnavailableException(DocumentError.FONT_MISSING.violation(),
                "no Chinese font (Noto Serif/Sans CJK) under " + directories
                        + ": install the Debian package fonts-noto-cjk or set qualityguard.documents.font-directories",
                null);
    }

    public BaseFont regular() {
        return regular;
    }

    public BaseFont bold() {
        return bold;
    }

    /** The face the body is set in, as OpenPDF names it (file, and index within a collection). */
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

    /** The file as OpenPDF names a face: a collection's Simplified Chinese face by its index. */
    private static String face(Path file) {
        String path = file.toAbsolutePath().toString();
        if (!path.toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            return path;
        }
        try {
            String[] names = BaseFont.enumerateTTCNames(path);
            for (int i = 0; i < names.length; i++) {
                String name = names[i].toLowerCase(Locale.ROOT);
                if (name.contains("cjksc") || name.contains("cjk sc")) {
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
                "the font " + face + " has no readable Simplified Chinese face", cause);
    }
}

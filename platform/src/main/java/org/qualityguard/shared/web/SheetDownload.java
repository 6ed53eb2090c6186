package org.qualityguard.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.qualityguard.shared.sheet.SheetWriter;

/** Answers a request with an .xlsx attachment: a plain file name for old clients, the reader's title for others. */
public final class SheetDownload {

    private SheetDownload() {
    }

    public static OutputStream start(HttpServletResponse response, String asciiName, String title)
            throws IOException {
        response.setContentType(SheetWriter.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + asciiName + ".xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode(title + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20"));
        return response.getOutputStream();
    }
}

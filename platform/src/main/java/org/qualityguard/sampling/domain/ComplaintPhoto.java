package org.qualityguard.sampling.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.qualityguard.shared.FieldViolation;
import org.qualityguard.shared.PhotoType;

/**
 * A photo sent with a complaint, judged by its content and never by its name or the type the browser claims: its
 * first bytes must be a JPEG, PNG or WebP image's, and a JPEG or PNG must decode as an image (WebP, which the JDK
 * cannot decode, is taken on its signature). The type found is the one it is ever served with.
 */
public record ComplaintPhoto(String contentType, byte[] content) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_PHOTOS = 3;

    /** The photos with the type each really is, or the faults (field {@code photos}, row: the photo's place). */
    public static List<ComplaintPhoto> check(List<byte[]> uploads, List<FieldViolation> faults) {
        List<ComplaintPhoto> photos = new ArrayList<>();
        List<byte[]> sent = uploads.stream().filter(u -> u != null && u.length > 0).toList();
        if (sent.size() > MAX_PHOTOS) {
            faults.add(FieldViolation.of("photos", SamplingError.PHOTO_TOO_MANY.violation(MAX_PHOTOS, sent.size())));
            return photos;
        }
        for (int i = 0; i < sent.size(); i++) {
            byte[] content = sent.get(i);
            int row = i + 1;
            if (content.length > MAX_BYTES) {
                faults.add(FieldViolation.of("photos",
                        SamplingError.PHOTO_TOO_LARGE.violation(row, MAX_BYTES / (1024 * 1024))).atRow(row));
                continue;
            }
            Optional<String> type = PhotoType.of(content).filter(t -> t.equals("image/webp") || decodes(content));
            if (type.isEmpty()) {
                faults.add(FieldViolation.of("photos", SamplingError.PHOTO_NOT_IMAGE.violation(row)).atRow(row));
            } else {
                photos.add(new ComplaintPhoto(type.get(), content));
            }
        }
        return photos;
    }

    private static boolean decodes(byte[] content) {
        try {
            return ImageIO.read(new ByteArrayInputStream(content)) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}

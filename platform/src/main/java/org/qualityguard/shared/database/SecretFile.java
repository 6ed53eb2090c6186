package org.qualityguard.shared.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * A secret kept in a file of its own (mode 0600 in a directory of mode 0700), made at first use: the database
 * passwords of the embedded server and the audit key. Kept on the file system so that whoever holds only the
 * database cannot read them.
 */
public final class SecretFile {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private SecretFile() {
    }

    /** The secret in the file; if there is no file yet, {@code bytes} random bytes, base64, written to it. */
    public static String readOrCreate(Path file, int bytes) throws IOException {
        privateDirectory(file.getParent());
        if (!Files.exists(file)) {
            byte[] secret = new byte[bytes];
            RANDOM.nextBytes(secret);
            try {
                // Created with its permissions, never readable by others even for a moment.
                Files.writeString(Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE)),
                        Base64.getEncoder().withoutPadding().encodeToString(secret), StandardCharsets.US_ASCII,
                        StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException raced) {
                // another process made it first: use theirs
            }
        }
        String secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (secret.isEmpty()) {
            throw new IllegalStateException(file + " is empty; remove it to have a new secret made");
        }
        return secret;
    }

    /** Creates the directory if needed and makes it accessible to this account only. */
    static Path privateDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
        }
        Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
        return directory;
    }
}

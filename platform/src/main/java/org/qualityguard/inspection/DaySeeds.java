package org.qualityguard.inspection;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.qualityguard.inspection.engine.EngineHost;
import org.qualityguard.inspection.persistence.LotStore;
import org.qualityguard.risk.DrawKey;
import org.qualityguard.shared.BusinessTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The secret of each bureau's business day, which keys the day's random draws. It is drawn at random when the day is
 * first asked for (its commitment published, or its first lot decided) and kept in the database; until the day is
 * over in the business zone only its SHA-256 is shown, afterwards the secret itself, so that anyone can check it
 * against the commitment and reproduce every draw of the day. A lot declared for a day already over draws with the
 * secret of the day it is decided on: a revealed secret never keys a new draw.
 */
@Service
public class DaySeeds {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LotStore lots;
    private final EngineHost host;
    private final BusinessTime time;
    private final Random secretSource;
    private final Map<String, byte[]> secrets = new ConcurrentHashMap<>();

    /**
     * A day's seed as it may be shown now: always its commitment, and its secret once the day is over.
     *
     * @param commitment SHA-256 of the secret, hexadecimal
     * @param seed       the secret, hexadecimal; null until the day is over
     */
    public record DaySeed(String bureau, LocalDate day, String commitment, String seed) {

        public boolean revealed() {
            return seed != null;
        }
    }

    /** The key a lot draws with and the day whose secret it is. */
    record Draw(LocalDate drawnOn, DrawKey key) {
    }

    /**
     * @param fixedSeed when set, days' secrets are drawn from it rather than from the system's secure random source:
     *                  for tests and drills that must select the same lots every run; never set in service
     */
    DaySeeds(LotStore lots, EngineHost host, BusinessTime time,
             @Value("${qualityguard.inspection.fixed-seed:}") Optional<Long> fixedSeed) {
        this.lots = lots;
        this.host = host;
        this.time = time;
        this.secretSource = fixedSeed.<Random>map(Random::new).orElseGet(SecureRandom::new);
    }

    /** Today in the business zone, whose midnight ends a day and reveals its secret. */
    public LocalDate today() {
        return time.today();
    }

    /** The key for a lot declared on {@code declaredOn}, with the selection day of its declaration in place. */
    Draw drawFor(Bureau bureau, LocalDate declaredOn) {
        LocalDate today = today();
        secret(bureau, declaredOn);
        LocalDate drawnOn = declaredOn.isBefore(today) ? today : declaredOn;
        return new Draw(drawnOn, new DrawKey(secret(bureau, drawnOn)));
    }

    /**
     * The day's seed as published: today's is drawn now if nobody asked for it before, so that its commitment stands
     * before the day's first lot; another day's is only what was stored.
     */
    Optional<DaySeed> published(Bureau bureau, LocalDate day) {
        Optional<byte[]> secret = day.equals(today()) ? Optional.of(secret(bureau, day))
                : lots.secretOf(bureau.code(), day);
        return secret.map(s -> shown(bureau.code(), day, s));
    }

    /** What may be shown of a stored secret today. */
    DaySeed shown(String bureau, LocalDate day, byte[] secret) {
        DrawKey key = new DrawKey(secret);
        return new DaySeed(bureau, day, key.commitment(), day.isBefore(today()) ? key.secretHex() : null);
    }

    private byte[] secret(Bureau bureau, LocalDate day) {
        return secrets.computeIfAbsent(bureau.code() + "|" + day, k -> {
            byte[] candidate = new byte[DrawKey.SECRET_BYTES];
            synchronized (secretSource) {
                secretSource.nextBytes(candidate);
            }
            return lots.secretOf(bureau.code(), day, candidate, bureau.capacityShare(),
                    host.config().explorationShare(), parameters());
        });
    }

    /** The engine parameters a day's decisions were made under, stored with its secret. */
    private String parameters() {
        var c = host.config();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("halfLifeDays", c.halfLifeDays());
        parameters.put("explorationShare", c.explorationShare());
        parameters.put("refitEveryDays", c.refitEveryDays());
        parameters.put("riskAdjustedWarnings", c.riskAdjusted());
        parameters.put("mandatoryHsPrefixes", c.mandatoryHsPrefixes().stream().sorted().toList());
        return JSON.writeValueAsString(parameters);
    }
}

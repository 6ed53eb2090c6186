package org.qualityguard.shared.database;

import java.time.Duration;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The exact totals of one table's lists, kept for a short while per list (its WHERE and parameters), so that paging
 * through a list of a million rows counts it once rather than on every page: counting a million index entries costs
 * about half a second, reading a remembered total nothing. Totals stay exact because every write to the table says
 * so ({@link #changed()}): a write moves the cache to a new generation, once when it is made and again when its
 * transaction ends, and a total is only ever read back in the generation it was counted in, so neither a count that
 * was under way while the write committed nor one that saw the write before it committed is shown afterwards. Only
 * counts made outside a writing transaction are kept; the short lifetime covers writes to the table that bypass
 * its store (a database administrator's SQL).
 */
public final class CountCache {

    private final Cache<String, Long> totals;
    private final AtomicLong generation = new AtomicLong();

    public CountCache(Duration keepFor, int lists) {
        this.totals = Caffeine.newBuilder().expireAfterWrite(keepFor).maximumSize(lists).build();
    }

    /** The list's total as {@link KeysetList#count} counts it, counted now unless this generation knows it. */
    public long count(KeysetList list, JdbcClient jdbc) {
        long counting = generation.get();
        String key = counting + "|" + list.from() + "|" + new TreeMap<>(list.params());
        Long known = totals.getIfPresent(key);
        if (known != null) {
            return known;
        }
        long counted = list.count(jdbc);
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            totals.put(key, counted);
        }
        return counted;
    }

    /** The table was written to: forget every total, now and again when the writing transaction ends. */
    public void changed() {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }

    /** How many totals are remembered now (for tests). */
    public long size() {
        totals.cleanUp();
        return totals.estimatedSize();
    }

    private void forget() {
        generation.incrementAndGet();
        totals.invalidateAll();
    }
}

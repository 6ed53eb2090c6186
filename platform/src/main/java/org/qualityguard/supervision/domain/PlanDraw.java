package org.qualityguard.supervision.domain;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The "double random" draw (双随机): which enterprises are inspected when, and by whom. Everything random comes
 * from one {@link SplittableRandom} seeded with the plan's recorded seed, and the inputs are taken in a fixed
 * order (the caller sorts them), so the same seed and inputs give the same plan — anyone can re-draw it and check.
 *
 * <p>A <b>yearly</b> plan schedules every candidate as often as its grade requires (the frequency's minimum):
 * within each grade the enterprises are shuffled and dealt over the twelve months, an enterprise inspected k
 * times a year getting k months 12/k apart. A <b>monthly</b> plan draws, uniformly without replacement within each
 * grade, a twelfth of the grade's yearly inspections (rounded up). Each inspection then gets two different
 * inspectors drawn at random among those with the least work so far, skipping anyone barred from the enterprise
 * (recorded as conflicted with it, or working in another division); so workloads never differ by more than one where conflicts allow.
 */
public final class PlanDraw {

    /**
     * An enterprise that may be drawn: its grade, how many inspections a year the grade requires, and the inspectors
     * who may not inspect it (a conflict of interest, or a division that does not hold it); null when none.
     */
    public record Candidate(String creditCode, Grade grade, int perYear, long[] barredInspectors) {

        boolean bars(long inspector) {
            if (barredInspectors == null) {
                return false;
            }
            for (long c : barredInspectors) {
                if (c == inspector) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The drawn inspections as parallel arrays: the candidate's index, the month (1–12) and the two inspectors.
     */
    public record Drawn(int size, int[] candidate, byte[] month, long[] inspectorA, long[] inspectorB) {
    }

    private PlanDraw() {
    }

    /**
     * @param month      null for a yearly plan, 1–12 for a monthly one
     * @param inspectors the pool's ids, ascending; at least two
     */
    public static Drawn draw(List<Candidate> candidates, long[] inspectors, Integer month, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = candidates.size();
        int capacity = 0;
        for (Candidate c : candidates) {
            capacity += month == null ? c.perYear() : 1;
        }
        int[] cand = new int[capacity];
        byte[] months = new byte[capacity];
        int size = 0;
        // Group by grade and frequency, keeping the given order inside a group.
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        Integer[] boxed = Arrays.stream(index).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, (x, y) -> {
            Candidate a = candidates.get(x);
            Candidate b = candidates.get(y);
            int byGrade = a.grade().compareTo(b.grade());
            return byGrade != 0 ? byGrade : Integer.compare(a.perYear(), b.perYear());
        });
        for (int i = 0; i < n; i++) {
            index[i] = boxed[i];
        }
        int deal = 0;
        for (int from = 0; from < n; ) {
            Candidate first = candidates.get(index[from]);
            int to = from;
            while (to < n && candidates.get(index[to]).grade() == first.grade()
                    && candidates.get(index[to]).perYear() == first.perYear()) {
                to++;
            }
            int groupSize = to - from;
            int perYear = first.perYear();
            if (month == null) {
                shuffle(index, from, to, random);
                for (int i = from; i < to; i++) {
                    int start = deal++ % 12;
                    for (int k = 0; k < perYear; k++) {
                        cand[size] = index[i];
                        months[size] = (byte) ((start + k * 12 / perYear) % 12 + 1);
                        size++;
                    }
                }
            } else {
                int k = (int) Math.min(groupSize, ((long) groupSize * perYear + 11) / 12);
                sample(index, from, to, k, random);
                for (int i = from; i < from + k; i++) {
                    cand[size] = index[i];
                    months[size] = (byte) (int) month;
                    size++;
                }
            }
            from = to;
        }
        long[] a = new long[size];
        long[] b = new long[size];
        Roster roster = new Roster(inspectors);
        // Assign in a random order, so that no month or grade is favoured when the pool runs short.
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        shuffle(order, 0, size, random);
        for (int i = 0; i < size; i++) {
            int slot = order[i];
            Candidate c = candidates.get(cand[slot]);
            int first = roster.pick(c, -1, random);
            int second = roster.pick(c, first, random);
            if (first < 0 || second < 0) {
                throw new NotEnoughInspectors(c.creditCode());
            }
            a[slot] = inspectors[first];
            b[slot] = inspectors[second];
        }
        return new Drawn(size, Arrays.copyOf(cand, size), Arrays.copyOf(months, size), a, b);
    }

    /** Fewer than two inspectors who may inspect an enterprise: the plan cannot be drawn. */
    public static final class NotEnoughInspectors extends RuntimeException {
        private final String creditCode;

        NotEnoughInspectors(String creditCode) {
            super("fewer than two inspectors who may inspect " + creditCode);
            this.creditCode = creditCode;
        }

        public String creditCode() {
            return creditCode;
        }
    }

    static void shuffle(int[] a, int from, int to, SplittableRandom random) {
        for (int i = to - 1; i > from; i--) {
            int j = from + random.nextInt(i - from + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Moves a uniform sample of k of a[from, to) to a[from, from + k) (partial Fisher–Yates). */
    static void sample(int[] a, int from, int to, int k, SplittableRandom random) {
        for (int i = from; i < from + k; i++) {
            int j = i + random.nextInt(to - i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /**
     * Inspectors ordered by workload in one array: the block of positions [start[l], start[l+1]) holds those with
     * l inspections. Taking work moves an inspector to the next block with one swap, so picking among the least
     * loaded costs O(1) however large the pool.
     */
    static final class Roster {
        private final long[] ids;
        private final int[] order;
        private final int[] position;
        private int[] start = new int[16];
        private int minLoad;
        private final int count;

        Roster(long[] ids) {
            this.ids = ids;
            count = ids.length;
            order = new int[count];
            position = new int[count];
            for (int i = 0; i < count; i++) {
                order[i] = i;
                position[i] = i;
            }
            Arrays.fill(start, 1, start.length, count);
        }

        /** Draws an inspector among the least loaded, eligible for the candidate, other than {@code not}. */
        int pick(Candidate c, int not, SplittableRandom random) {
            for (int level = minLoad; level + 1 < start.length && start[level] < count; level++) {
                int s = start[level];
                int e = start[level + 1];
                for (int t = s; t < e; t++) {
                    swap(t, t + random.nextInt(e - t));
                    int inspector = order[t];
                    if (inspector != not && !c.bars(ids[inspector])) {
                        take(inspector, level);
                        return inspector;
                    }
                }
            }
            return -1;
        }

        private void take(int inspector, int level) {
            if (level + 2 >= start.length) {
                int old = start.length;
                start = Arrays.copyOf(start, old * 2);
                Arrays.fill(start, old, start.length, count);
            }
            int last = start[level + 1] - 1;
            swap(position[inspector], last);
            start[level + 1]--;
            while (start[minLoad] == start[minLoad + 1] && start[minLoad + 1] < count) {
                minLoad++;
            }
        }

        private void swap(int p, int q) {
            int x = order[p];
            int y = order[q];
            order[p] = y;
            order[q] = x;
            position[y] = p;
            position[x] = q;
        }
    }
}

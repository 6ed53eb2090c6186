package org.qualityguard.risk.scoring;

/**
 * The latest inspected lots as (features at the time of choosing, outcome), in a ring. Features are those the lot had
 * when it was chosen, never after its own result, so the model does not learn from the answer.
 */
public final class TrainingSet {

    private final int capacity;
    private final float[] x;
    private final byte[] y;
    private int next;
    private int size;
    private long failures;

    public TrainingSet(int capacity) {
        this.capacity = capacity;
        this.x = new float[capacity * Feature.COUNT];
        this.y = new byte[capacity];
    }

    public void add(float[] features, boolean failed) {
        if (size == capacity) {
            failures -= y[next];
        } else {
            size++;
        }
        System.arraycopy(features, 0, x, next * Feature.COUNT, Feature.COUNT);
        y[next] = (byte) (failed ? 1 : 0);
        failures += y[next];
        next = (next + 1) % capacity;
    }

    public int size() {
        return size;
    }

    public long failures() {
        return failures;
    }

    void fit(LogisticModel model, double ridge) {
        // until the ring first fills, rows 0..size-1 are the ones written; fit reads only those
        model.fit(x, y, size, Feature.COUNT, ridge);
    }
}

package io.tappass.pipeline;

import io.tappass.core.governance.Finding;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.RandomAccess;

/**
 * The findings of a run, step after step, kept as the steps' own lists (chunks) instead of being copied into one
 * growing list. A step's findings are an immutable list already ({@link StepResult} copies them), so a run that
 * reports 26,000 findings in three steps no longer grows two arrays over them and copies every step's list into
 * them: the one array of all findings is built when the verdict needs it ({@link #toList()}).
 *
 * <p>Not thread-safe: one per {@link PipelineRun}, used by the calling thread. Every chunk must not change after it
 * was added.
 */
final class FindingChunks {

    private final ArrayList<List<Finding>> chunks = new ArrayList<>(4);
    private int size;

    /** Appends a step's findings (an immutable list, or one its caller never changes again). */
    void add(List<Finding> chunk) {
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
            size += chunk.size();
        }
    }

    int size() {
        return size;
    }

    /**
     * All findings in order as one list, for the verdict: the single chunk itself when there is one (the verdict's
     * {@code List.copyOf} keeps an immutable JDK list as it is), else a view whose {@code toArray()} is the one exact
     * array the verdict's copy starts from.
     */
    List<Finding> toList() {
        if (chunks.isEmpty()) {
            return List.of();
        }
        return chunks.size() == 1 ? chunks.get(0) : view();
    }

    /** A read-only live view of all findings so far, in order. */
    List<Finding> view() {
        return new View();
    }

    private final class View extends AbstractList<Finding> implements RandomAccess {

        @Override
        public Finding get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("index " + index + ", size " + size);
            }
            int i = index;
            for (int c = 0; ; c++) {
                List<Finding> chunk = chunks.get(c);
                if (i < chunk.size()) {
                    return chunk.get(i);
                }
                i -= chunk.size();
            }
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Object[] toArray() {
            Object[] out = new Object[size];
            int k = 0;
            for (int c = 0, n = chunks.size(); c < n; c++) {
                List<Finding> chunk = chunks.get(c);
                for (int i = 0, m = chunk.size(); i < m; i++) {
                    out[k++] = chunk.get(i);
                }
            }
            return out;
        }

        @Override
        public Iterator<Finding> iterator() {
            return new Iterator<>() {
                private int chunk;
                private int next;

                @Override
                public boolean hasNext() {
                    while (chunk < chunks.size()) {
                        if (next < chunks.get(chunk).size()) {
                            return true;
                        }
                        chunk++;
                        next = 0;
                    }
                    return false;
                }

                @Override
                public Finding next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return chunks.get(chunk).get(next++);
                }
            };
        }
    }
}

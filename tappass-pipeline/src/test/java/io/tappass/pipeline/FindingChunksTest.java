package io.tappass.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tappass.core.governance.Finding;
import io.tappass.core.governance.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The run's findings kept as the steps' lists read as the one list they used to be copied into. */
class FindingChunksTest {

    private static Finding f(String step, int at) {
        return Finding.at(step, "T", Severity.LOW, 1.0, "p", at, at + 1, null);
    }

    @Test
    void chunksReadAsOneListInOrder() {
        FindingChunks chunks = new FindingChunks();
        assertThat(chunks.toList()).isEmpty();
        assertThat(chunks.view()).isEmpty();
        List<Finding> expected = new ArrayList<>();
        for (int step = 0; step < 4; step++) {
            List<Finding> chunk = new ArrayList<>();
            for (int i = 0; i < step * 3; i++) { // the first step found nothing
                chunk.add(f("s" + step, i));
            }
            chunks.add(List.copyOf(chunk));
            expected.addAll(chunk);
            List<Finding> view = chunks.view();
            assertThat(view).containsExactlyElementsOf(expected); // iterator
            assertThat(view.size()).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertThat(view.get(i)).isSameAs(expected.get(i));
            }
            assertThat(view.toArray()).containsExactly(expected.toArray());
            assertThat(List.copyOf(chunks.toList())).isEqualTo(expected);
            assertThatThrownBy(() -> view.get(expected.size())).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> view.add(f("x", 0))).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void oneChunkIsTheVerdictsListAsItIs() {
        FindingChunks chunks = new FindingChunks();
        List<Finding> only = List.of(f("a", 1), f("a", 2), f("a", 3));
        chunks.add(List.of());
        chunks.add(only);
        assertThat(chunks.toList()).isSameAs(only);
        assertThat(List.copyOf(chunks.toList())).isSameAs(only); // what the verdict keeps: no copy
    }
}

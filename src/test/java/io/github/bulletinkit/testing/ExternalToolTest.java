package io.github.bulletinkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing tool skips a test, unless the environment requires the tools. */
class ExternalToolTest {

    @Test
    void aMissingToolSkipsOrFails() {
        Throwable thrown = catchThrowable(() -> ExternalTool.require("bulletinkit-no-such-tool"));

        if ("true".equals(System.getenv("BULLETINKIT_REQUIRE_TOOLS"))) {
            assertThat(thrown).isInstanceOf(AssertionFailedError.class);
        } else {
            assertThat(thrown).isInstanceOf(TestAbortedException.class);
        }
    }
}

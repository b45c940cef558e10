package com.homeroom.operations;

import org.junit.jupiter.api.Test;
import org.springframework.batch.integration.partition.StepExecutionRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A partition request as the broker carries it: one line of text, read back to the same request. */
class PartitionRequestsTest {

    @Test
    void aRequestTravelsAsItsStepNameAndStepExecutionId() {
        String text = PartitionRequests.encode(new StepExecutionRequest("archiveWorker", 42L));

        assertThat(text).isEqualTo("archiveWorker 42");
        StepExecutionRequest back = PartitionRequests.decode(text);
        assertThat(back.getStepName()).isEqualTo("archiveWorker");
        assertThat(back.getStepExecutionId()).isEqualTo(42L);
    }

    @Test
    void aMessageThatIsNoRequestIsRefusedByName() {
        assertThatThrownBy(() -> PartitionRequests.decode("archiveWorker"))
                .hasMessageContaining("not a partition request: archiveWorker");
        assertThatThrownBy(() -> PartitionRequests.decode("archiveWorker forty-two"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

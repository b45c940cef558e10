package com.homeroom.operations;

import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * A partition as it travels through the broker: a line of text, {@code <step name> <step execution
 * id>}, rather than a serialized Java object, so that no broker has to be told which classes it may
 * deserialize and a message can be read by a person in the broker's console.
 */
final class PartitionRequests {

    private PartitionRequests() {
    }

    static String encode(StepExecutionRequest request) {
        return request.getStepName() + " " + request.getStepExecutionId();
    }

    static StepExecutionRequest decode(String text) {
        String[] parts = text.trim().split(" ");
        if (parts.length != 2 || !parts[1].matches("\\d{1,18}")) {
            throw new IllegalArgumentException("not a partition request: " + text);
        }
        return new StepExecutionRequest(parts[0], Long.parseLong(parts[1]));
    }
}

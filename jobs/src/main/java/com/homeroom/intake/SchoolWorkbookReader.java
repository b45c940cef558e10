package com.homeroom.intake;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import java.nio.file.Path;
import java.util.List;

/**
 * The school workbooks of the input folder, one item each, in path order. It records how many it
 * handed out in the step's execution context, so a restarted intake skips the chunks that were
 * already committed (the list is the same: a restart needs the same input fingerprint). Not final:
 * the step scope proxies it by subclassing.
 */
public class SchoolWorkbookReader extends AbstractItemCountingItemStreamItemReader<InputFile> {

    private final Path input;
    private List<InputFile> files;

    public SchoolWorkbookReader(Path input) {
        this.input = input;
        setName("schoolWorkbooks");
    }

    @Override
    protected void doOpen() throws Exception {
        files = InputFolder.workbooks(input);
    }

    @Override
    protected InputFile doRead() {
        int next = getCurrentItemCount() - 1;
        return next < files.size() ? files.get(next) : null;
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        // nothing to skip over: doRead indexes the list by the restored count
    }

    @Override
    protected void doClose() {
        files = null;
    }
}

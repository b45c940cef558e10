package com.homeroom.intake;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import java.nio.file.Path;
import java.util.List;

/**
 * Some of the school workbooks of the input folder (those at the given indexes of the folder's path
 * order: one partition's share), one item each. It records how many it handed out in the step's
 * execution context, so a restarted intake skips the chunks that were already committed (the list
 * is the same: a restart needs the same input fingerprint). Not final: the step scope proxies it
 * by subclassing.
 */
public class SchoolWorkbookReader extends AbstractItemCountingItemStreamItemReader<InputFile> {

    private final Path input;
    private final List<Integer> indexes;
    private List<InputFile> files;

    public SchoolWorkbookReader(Path input, List<Integer> indexes) {
        this.input = input;
        this.indexes = List.copyOf(indexes);
        setName("schoolWorkbooks");
    }

    @Override
    protected void doOpen() throws Exception {
        List<InputFile> all = InputFolder.workbooks(input);
        files = indexes.stream().map(all::get).toList();
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

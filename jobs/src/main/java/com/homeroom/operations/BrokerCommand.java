package com.homeroom.operations;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code homeroom broker}: a message broker (ActiveMQ Artemis, embedded) for remote partitioning
 * where the bureau runs none of its own, until stopped. Messages are kept on disk under
 * {@code <data>/broker}, so partitions sent survive a restart of the broker. It has no users or
 * passwords: bind it to an address only the bureau's machines reach.
 */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Runs a message broker (embedded ActiveMQ Artemis) for remote partitioning, until stopped.")
public final class BrokerCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--host", defaultValue = "localhost", paramLabel = "ADDRESS",
            description = "address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
    String host;

    @Option(names = "--port", defaultValue = "61616", paramLabel = "PORT", description = "(default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--data", defaultValue = "data", paramLabel = "DIR",
            description = "messages are kept in DIR/broker (default: ${DEFAULT-VALUE})")
    Path data;

    @Override
    public Integer call() throws Exception {
        Path dir = data.toAbsolutePath().normalize().resolve("broker");
        ConfigurationImpl config = new ConfigurationImpl();
        config.setPersistenceEnabled(true);
        config.setJournalType(JournalType.NIO); // libaio is not on every machine
        config.setJournalDirectory(dir.resolve("journal").toString());
        config.setBindingsDirectory(dir.resolve("bindings").toString());
        config.setPagingDirectory(dir.resolve("paging").toString());
        config.setLargeMessagesDirectory(dir.resolve("large-messages").toString());
        config.setSecurityEnabled(false);
        // as Artemis's own broker.xml has it: a message that cannot be delivered is kept, not dropped
        // a request a worker put back (it failed to take it) waits a second before the next try
        config.addAddressSetting("#", new AddressSettings().setDeadLetterAddress(SimpleString.of("DLQ"))
                .setExpiryAddress(SimpleString.of("ExpiryQueue")).setRedeliveryDelay(1000));
        String url = "tcp://" + host + ":" + port;
        config.addAcceptorConfiguration("homeroom", url);
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
        broker.setConfiguration(config);
        broker.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                broker.stop();
            } catch (Exception e) {
                // the process is ending anyway; the journal is written as it goes
            } finally {
                stopped.countDown();
            }
        }, "broker-stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("消息代理已启动：" + url + "（homeroom.broker.url=" + url + "），消息保存在 " + dir);
        out.flush();
        stopped.await();
        return ExitCodes.DONE;
    }
}

package com.homeroom.operations;

import com.homeroom.warehouse.PeriodStage;
import com.homeroom.warehouse.Warehouse;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;
import org.springframework.messaging.MessageHeaders;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The partitioned steps' partitions run in worker processes ({@code homeroom worker}), on this
 * machine or others, which take them from a queue of the JMS broker ({@code homeroom.broker.*}) and
 * report through the shared job repository ({@code spring.datasource.*}), which the run polls.
 * Selected by {@code homeroom.partitioning=remote}; the steps are those of the local configuration.
 *
 * <p>The warehouse: DuckDB lets one process write a file or several read it, never both. While the
 * partitions run, the run lets go of its stage, which the workers read; each partition writes its
 * rows to a file of its own (PartitionFiles), gathered into the stage when all partitions are done.
 */
@Configuration
@ConditionalOnProperty(name = "homeroom.partitioning", havingValue = "remote")
@EnableIntegration // only here: a run on this machine's threads starts no messaging
@Import({RemotePartitioning.Manager.class, RemotePartitioning.Worker.class})
class RemotePartitioning {

    private static final Logger log = LoggerFactory.getLogger(RemotePartitioning.class);

    /**
     * The broker: {@code homeroom.broker.url} (an Artemis {@code tcp://host:port}, such as
     * {@code homeroom broker} runs), with {@code homeroom.broker.user} and {@code .password} where it
     * asks for them. Made here rather than by Spring Boot, so that a run on one machine starts no
     * messaging at all. A worker takes a partition only when it has a thread free: Artemis would
     * otherwise hand each consumer up to a megabyte of messages ahead of time, and one busy worker
     * would sit on partitions that an idle one could run.
     */
    @Bean(destroyMethod = "close")
    ActiveMQConnectionFactory partitionBroker(@Value("${homeroom.broker.url:tcp://localhost:61616}") String url,
                                              @Value("${homeroom.broker.user:#{null}}") String user,
                                              @Value("${homeroom.broker.password:#{null}}") String password) {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url, user, password);
        factory.setConsumerWindowSize(0);
        return factory;
    }

    /** In a worker process: the run's stage read-only, and the partition's own file to write. */
    @Bean
    @StepScope
    PartitionWarehouse partitionWarehouse(@Value("#{stepExecution}") StepExecution partition,
                                          @Value("${homeroom.data-dir:data}") String ownDataDir) throws Exception {
        String period = partition.getJobParameters().getString(RunParameters.PERIOD);
        String runData = partition.getJobParameters().getString(RunParameters.DATA, ownDataDir);
        // named by the step execution too: an attempt of the partition that is still running somewhere
        // (its run died and was continued) never shares a file with the attempt that replaces it
        return PartitionWarehouse.worker(new PeriodStage(Path.of(runData), period),
                partition.getStepName() + "-" + partition.getId());
    }

    /** The run's side: partition requests go out to the broker's queue. (Imported: only under remote.) */
    @ConditionalOnProperty(name = "homeroom.role", havingValue = "run", matchIfMissing = true)
    static class Manager {

        /** Where the requests go, for the message when they cannot. */
        @Value("${homeroom.broker.url:tcp://localhost:61616}")
        String requestsTo;

        /** How long the run waits for a step's partitions before it fails the step. */
        @Value("${homeroom.remote.timeout:PT6H}")
        Duration timeout;

        /** How often the run logs how far the workers have got. */
        @Value("${homeroom.remote.progress-every:PT30S}")
        Duration progressEvery;

        @Bean
        DirectChannel partitionRequests() {
            return new DirectChannel();
        }

        @Bean
        IntegrationFlow partitionRequestsToBroker(DirectChannel partitionRequests, ActiveMQConnectionFactory partitionBroker,
                                                  @Value("${homeroom.remote.queue:homeroom.partitions}") String queue) {
            return IntegrationFlow.from(partitionRequests)
                    .transform(StepExecutionRequest.class, PartitionRequests::encode)
                    .handle(Jms.outboundAdapter(partitionBroker).destination(queue))
                    .get();
        }

        @Bean
        PartitionHandler intakePartitions(JobRepository repository, DirectChannel partitionRequests, Warehouse warehouse,
                                          PeriodStage periodStage,
                                          @Value("${homeroom.intake-partitions:8}") int partitions) {
            return handler(PartitionWorkerSteps.INTAKE_WORKER, partitions, repository, partitionRequests, warehouse,
                    periodStage);
        }

        @Bean
        PartitionHandler schoolReportPartitions(JobRepository repository, DirectChannel partitionRequests,
                                                Warehouse warehouse, PeriodStage periodStage,
                                                @Value("${homeroom.report-partitions:8}") int partitions) {
            return handler(PartitionWorkerSteps.SCHOOL_REPORT_WORKER, partitions, repository, partitionRequests,
                    warehouse, periodStage);
        }

        @Bean
        PartitionHandler archivePartitions(JobRepository repository, DirectChannel partitionRequests,
                                           Warehouse warehouse, PeriodStage periodStage,
                                           @Value("${homeroom.report-partitions:8}") int partitions) {
            return handler(PartitionWorkerSteps.ARCHIVE_WORKER, partitions, repository, partitionRequests, warehouse,
                    periodStage);
        }

        private PartitionHandler handler(String worker, int partitions, JobRepository repository,
                                         DirectChannel requests, Warehouse warehouse, PeriodStage stage) {
            MessagingTemplate template = new MessagingTemplate();
            template.setDefaultChannel(requests);
            RemotePartitionHandler handler = new RemotePartitionHandler(repository, warehouse, stage, timeout,
                    requestsTo, progressEvery);
            handler.setStepName(worker);
            handler.setGridSize(partitions);
            handler.setMessagingOperations(template);
            handler.setPollInterval(500);
            return handler;
        }
    }

    /** A worker process's side: takes partitions from the queue and runs them, as many at once as threads. */
    @ConditionalOnProperty(name = "homeroom.role", havingValue = "worker")
    static class Worker {

        @Bean
        IntegrationFlow partitionsFromBroker(ActiveMQConnectionFactory partitionBroker, JobRepository repository,
                                             BeanFactory beanFactory,
                                             @Value("${homeroom.remote.queue:homeroom.partitions}") String queue,
                                             @Value("${homeroom.worker-threads:2}") int threads) {
            BeanFactoryStepLocator steps = new BeanFactoryStepLocator();
            steps.setBeanFactory(beanFactory);
            StepExecutionRequestHandler runner = new StepExecutionRequestHandler();
            runner.setJobRepository(repository);
            runner.setStepLocator(steps);
            return IntegrationFlow.from(Jms.messageDrivenChannelAdapter(
                            Jms.container(partitionBroker, queue).concurrentConsumers(threads)
                                    // taken off the queue only when the partition is done: a worker
                                    // killed midway leaves it for another to do again
                                    .sessionTransacted(true)))
                    .transform(String.class, PartitionRequests::decode)
                    .handle((StepExecutionRequest request, MessageHeaders headers) -> {
                        StepExecution before = recorded(repository, request);
                        if (before == null) {
                            // back to the queue for a worker that is set up right; this one says why it is not
                            String why = "任务库里没有分区 " + PartitionRequests.encode(request) + " 的执行记录："
                                    + "这个工作进程连的任务库（spring.datasource.url）不是运行所用的那个";
                            log.error(why);
                            throw new IllegalStateException(why);
                        }
                        if (before.getStatus() == BatchStatus.COMPLETED) {
                            // delivered again after a worker finished it but died before saying so to the broker
                            log.info("分区 {} 已完成，不再重做", before.getStepName());
                            return null;
                        }
                        if (!before.getJobExecution().isRunning()) {
                            // left in the queue by a run that gave up waiting: its restart sends the partition anew
                            log.info("分区 {} 属于已结束的执行 {}，跳过", before.getStepName(),
                                    before.getJobExecution().getId());
                            return null;
                        }
                        StepExecution ran = runner.handle(request);
                        log.info("分区 {} 结束：{}", ran.getStepName(), ran.getStatus());
                        return null; // the run reads the outcome from the job repository
                    })
                    .get();
        }

        /** The partition's step execution in this worker's job repository, or null where it has none. */
        private static StepExecution recorded(JobRepository repository, StepExecutionRequest request) {
            try {
                return repository.getStepExecution(request.getStepExecutionId());
            } catch (EmptyResultDataAccessException none) {
                return null;
            }
        }
    }
}

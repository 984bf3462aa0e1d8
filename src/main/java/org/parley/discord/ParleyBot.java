package org.parley.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.MiscUtil;
import org.parley.answer.ServingEngine;
import org.parley.config.ShardRange;
import org.parley.discord.command.ParleyCommands;
import org.parley.discord.reply.AnswerRenderer;
import org.parley.discord.reply.AnswerReplies;
import org.parley.discord.reply.Conversations;
import org.parley.discord.reply.RecentAnswers;
import org.parley.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parley on Discord: logs in, registers the slash commands and answers them, mentions and buttons.
 *
 * <p>One JDA session by default; with {@code discord.shards > 1} a JDA ShardManager runs that many shards, or only
 * those of {@code discord.shardRange}, so that several processes can share the guilds. No privileged intent is used:
 * GUILD_MESSAGES and DIRECT_MESSAGES bring mentions of the bot (with their content, which Discord always delivers to
 * the mentioned bot) and DMs.
 */
public final class ParleyBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ParleyBot.class);
    static final EnumSet<GatewayIntent> INTENTS =
            EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);

    /** With discord.messageContent, the privileged intent that lets Parley read follow-ups without a mention. */
    static EnumSet<GatewayIntent> intents(BotSettings settings) {
        EnumSet<GatewayIntent> intents = EnumSet.copyOf(INTENTS);
        if (settings.messageContent()) intents.add(GatewayIntent.MESSAGE_CONTENT);
        return intents;
    }

    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);
    /**
     * Answer threads, one per core: answering is CPU work (embedding, Lucene), and more threads than cores only
     * slowed the acknowledgements that share the CPU. Measured by AcknowledgementLoadTest on 2 cores, 200 questions
     * at once: 4 workers acknowledged at p99 0.9-1.3 s, 2 at 0.6 s, with the same answer p99 (about 2.2 s).
     */
    static final int WORKERS = Math.max(2, Runtime.getRuntime().availableProcessors());

    private final BotSettings settings;
    private final ParleyCommands commands;
    private final List<Object> listeners;
    private final ExecutorService workers;
    private final ScheduledExecutorService timers;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile JDA jda;
    private volatile ShardManager shardManager;

    public ParleyBot(BotSettings settings, ServingEngine engine, Store store, Clock clock, int maxQuestionChars) {
        this.settings = settings;
        this.workers = Executors.newFixedThreadPool(WORKERS, daemonThreads("parley-answer-"));
        this.timers = Executors.newSingleThreadScheduledExecutor(daemonThreads("parley-defer-"));
        RecentAnswers recent = new RecentAnswers(2_000);
        Moderators moderators = new Moderators(settings.educatorRole());
        AnswerReplies answers = new AnswerReplies(
                engine,
                new AnswerRenderer(),
                recent,
                store.sessions(),
                store.questions(),
                settings.moderatorChannel().isPresent());
        Conversations conversations = new Conversations(store.questions());
        QuizDesk quizzes = new QuizDesk(engine, store.quizzes(), moderators);
        this.commands = new ParleyCommands(new ParleyCommands.Parts(
                engine, answers, conversations, store, quizzes::start, clock, maxQuestionChars, settings.threads()));
        ChannelPolicy channels = new ChannelPolicy(settings.allowedChannels());
        Cooldown cooldown = new Cooldown(settings.cooldownQuestions(), settings.cooldownWindow(), clock);
        ErrorReplies errors = new ErrorReplies();
        Deliveries deliveries = new Deliveries(store.questions());
        InteractionResponder responder =
                new InteractionResponder(workers, WORKERS, timers, settings.deferAfter(), errors, deliveries);
        HandoffDesk handoffs =
                new HandoffDesk(store.handoffs(), store.questions(), settings.moderatorChannel(), moderators, clock);
        this.listeners = List.of(
                new SlashCommandListener(commands, channels, cooldown, responder, moderators),
                new ButtonListener(
                        engine, recent, store.questions(), store.feedback(), handoffs, quizzes, responder, clock),
                new MentionListener(answers, channels, cooldown, workers, errors, conversations, deliveries, settings));
    }

    /**
     * Logs in, waits until every shard is ready and registers the commands.
     *
     * @throws InvalidTokenException if Discord rejects the token
     */
    public void start() throws InterruptedException {
        TokenCheck.requireAccepted(settings.restUrl().orElse(RestConfig.DEFAULT_BASE_URL), settings.token());
        if (settings.shards() > 1) {
            startShards();
        } else {
            startSingle();
        }
        log.info(
                "Parley is on Discord with {} command(s){}",
                commands.all().size(),
                settings.guilds().isEmpty() ? " (global)" : " in guild(s) " + settings.guilds());
    }

    private void startSingle() throws InterruptedException {
        JDABuilder builder = JDABuilder.createLight(settings.token(), intents(settings))
                .addEventListeners(listeners.toArray())
                .setHttpClientBuilder(httpClient());
        settings.restUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url)));
        settings.gatewayUrl()
                .ifPresent(url -> builder.setSessionController(new ConfiguredGatewaySessionController(url))
                        // A local Discord-compatible server need not speak zlib-stream.
                        .setCompression(Compression.NONE));
        jda = builder.build();
        jda.awaitReady();
        registerCommands(List.of(jda));
    }

    private void startShards() throws InterruptedException {
        ShardRange range = settings.shardRange();
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(settings.token(), intents(settings))
                .setHttpClientBuilder(httpClient())
                .setShardsTotal(settings.shards())
                .setShards(range.first(), range.last())
                .addEventListeners(listeners.toArray());
        settings.restUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url)));
        settings.gatewayUrl()
                .ifPresent(url -> builder.setSessionController(new ConfiguredGatewaySessionController(url))
                        .setCompression(Compression.NONE));
        log.info("This process runs shard(s) {} of {}", range, settings.shards());
        shardManager = builder.build();
        // Shards log in one by one (Discord wants ~5 s between IDENTIFYs) and a queued shard is not listed yet;
        // the ShardManager has no awaitReady of its own.
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos() * range.count();
        while (shardManager.getShardsQueued() > 0 || shardManager.getShards().size() < range.count()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Not every shard logged in within " + 5 * range.count() + " minutes");
            }
            Thread.sleep(100);
        }
        List<JDA> shards = new ArrayList<>(shardManager.getShards());
        for (JDA shard : shards) shard.awaitReady();
        registerCommands(shards);
    }

    /**
     * OkHttp lets 5 requests run at once per host by default; every REST call goes to one host, so under a burst the
     * acknowledgements (each its own rate-limit bucket on Discord) queued behind each other. 64 lets a burst of
     * acknowledgements go out together (measured by AcknowledgementLoadTest; see README "Under load").
     */
    private static okhttp3.OkHttpClient.Builder httpClient() {
        okhttp3.Dispatcher dispatcher = new okhttp3.Dispatcher();
        dispatcher.setMaxRequests(MAX_CONCURRENT_REQUESTS);
        dispatcher.setMaxRequestsPerHost(MAX_CONCURRENT_REQUESTS);
        return new okhttp3.OkHttpClient.Builder().dispatcher(dispatcher);
    }

    static final int MAX_CONCURRENT_REQUESTS = 64;

    private void registerCommands(List<JDA> shards) {
        List<SlashCommandData> definitions = commands.definitions();
        if (settings.guilds().isEmpty()) {
            // Global commands are shared by every shard: one process registers them, not each.
            if (settings.shardRange().includes(0)) {
                shards.get(0).updateCommands().addCommands(definitions).complete();
            } else {
                log.info("Global commands are registered by the process that runs shard 0");
            }
            return;
        }
        for (String guildId : settings.guilds()) {
            if (!settings.shardRange().includes(MiscUtil.getShardForGuild(guildId, settings.shards()))) {
                continue; // another process runs this guild's shard and registers there
            }
            Guild guild = shards.stream()
                    .map(s -> s.getGuildById(guildId))
                    .filter(g -> g != null)
                    .findFirst()
                    .orElse(null);
            if (guild == null) {
                log.warn(
                        "discord.guilds names guild {}, but the bot is not in it; no commands registered there",
                        guildId);
                continue;
            }
            guild.updateCommands().addCommands(definitions).complete();
        }
    }

    /** The single JDA session (null when sharded or not started); for tests. */
    public JDA jda() {
        return jda;
    }

    /** Blocks until {@link #close()} is called, e.g. from a shutdown hook. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        try {
            if (jda != null) {
                jda.shutdown();
                if (!jda.awaitShutdown(SHUTDOWN_WAIT)) jda.shutdownNow();
            }
            if (shardManager != null) {
                shardManager.shutdown();
                for (JDA shard : shardManager.getShards()) {
                    if (!shard.awaitShutdown(SHUTDOWN_WAIT)) shard.shutdownNow();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            workers.shutdown();
            timers.shutdownNow();
            try {
                workers.awaitTermination(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stopped.countDown();
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

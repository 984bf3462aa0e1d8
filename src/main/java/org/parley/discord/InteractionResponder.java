package org.parley.discord;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.parley.discord.reply.BotReply;
import org.parley.discord.reply.Outgoing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers an interaction within Discord's 3 seconds: the work runs on a worker; if it is done within
 * {@code deferAfter} the reply goes out directly, otherwise the interaction is deferred ("thinking…") and the
 * original response edited when the work is done.
 */
final class InteractionResponder {

    private static final Logger log = LoggerFactory.getLogger(InteractionResponder.class);

    private final ExecutorService workers;
    private final ScheduledExecutorService timers;
    private final Duration deferAfter;
    private final ErrorReplies errors;
    private final Deliveries deliveries;
    private final int workerCount;
    /** Answers submitted and not yet finished: at {@code workerCount} or more, a new one would wait for a thread. */
    private final AtomicInteger inFlight = new AtomicInteger();

    InteractionResponder(
            ExecutorService workers,
            int workerCount,
            ScheduledExecutorService timers,
            Duration deferAfter,
            ErrorReplies errors,
            Deliveries deliveries) {
        this.deliveries = deliveries;
        this.workerCount = workerCount;
        this.workers = workers;
        this.timers = timers;
        this.deferAfter = deferAfter;
        this.errors = errors;
    }

    /** Sends a reply at once; for refusals and other answers that need no work. */
    void replyNow(IReplyCallback event, BotReply reply) {
        Outgoing.silenced(event.reply(Outgoing.create(reply)))
                .setEphemeral(reply.ephemeral())
                .queue(
                        hook -> {},
                        failure ->
                                log.warn("Could not reply to interaction {}: {}", event.getId(), failure.toString()));
    }

    /** Work after an acknowledgement that needs no reply (a button that edited its own message); failures are logged. */
    void work(Runnable task, String doing) {
        CompletableFuture.runAsync(task, workers).whenComplete((done, failure) -> {
            if (failure != null) log.error("Failed while {}", doing, failure);
        });
    }

    void respond(IReplyCallback event, boolean ephemeral, Supplier<BotReply> work, String doing) {
        AtomicBoolean decided = new AtomicBoolean();
        CompletableFuture<InteractionHook> deferral = new CompletableFuture<>();
        Runnable defer = () -> {
            if (decided.compareAndSet(false, true)) {
                event.deferReply(ephemeral).queue(deferral::complete, deferral::completeExceptionally);
            }
        };
        ScheduledFuture<?> timer = null;
        // Acknowledge before any engine work waits for a thread: when every worker is busy, defer at once rather
        // than let the deferral wait behind the queue (200 questions at once would otherwise near the 3 s limit).
        boolean queued = inFlight.getAndIncrement() >= workerCount;
        if (queued || deferAfter.isZero() || deferAfter.isNegative()) {
            defer.run();
        } else {
            timer = timers.schedule(defer, deferAfter.toMillis(), TimeUnit.MILLISECONDS);
        }
        ScheduledFuture<?> deferTimer = timer;

        CompletableFuture.supplyAsync(work, workers)
                .whenComplete((reply, error) -> inFlight.decrementAndGet())
                .exceptionally(error -> errors.reply(error, doing))
                .thenAccept(reply -> {
                    BotReply shown = reply.withEphemeral(reply.ephemeral() || ephemeral);
                    if (decided.compareAndSet(false, true)) {
                        if (deferTimer != null) deferTimer.cancel(false);
                        sendDirect(event, shown);
                    } else {
                        deferral.thenAccept(hook -> editOriginal(event, hook, shown))
                                .exceptionally(failure -> {
                                    log.warn(
                                            "Could not defer interaction {} ({}): {}",
                                            event.getId(),
                                            doing,
                                            failure.toString());
                                    return null;
                                });
                    }
                })
                .whenComplete((done, failure) -> {
                    // Building or sending the reply failed after the work: never silently, the log says so.
                    if (failure != null)
                        log.error("Could not answer interaction {} ({})", event.getId(), doing, failure);
                });
    }

    /**
     * Replies at once; when the reply must be pinned or linked to its question, the sent message is fetched in the
     * same chain (one failure handler for the whole chain, nothing swallowed).
     */
    private void sendDirect(IReplyCallback event, BotReply reply) {
        var send = Outgoing.silenced(event.reply(Outgoing.create(reply))).setEphemeral(reply.ephemeral());
        if (!reply.pin() && !Deliveries.wanted(reply)) {
            send.queue(
                    hook -> {},
                    failure -> log.warn("Could not reply to interaction {}: {}", event.getId(), failure.toString()));
            return;
        }
        send.flatMap(InteractionHook::retrieveOriginal)
                .queue(
                        message -> delivered(event, reply, message),
                        failure -> log.warn(
                                "Could not reply to interaction {} (or fetch the reply): {}",
                                event.getId(),
                                failure.toString()));
    }

    private void editOriginal(IReplyCallback event, InteractionHook hook, BotReply reply) {
        Outgoing.silenced(hook.editOriginal(Outgoing.edit(reply)))
                .queue(
                        message -> delivered(event, reply, message),
                        failure -> log.warn(
                                "Could not edit the deferred reply to {}: {}", event.getId(), failure.toString()));
    }

    private void delivered(IReplyCallback event, BotReply reply, Message message) {
        try {
            deliveries.sent(reply, message);
            if (reply.pin()) pin(event, message);
        } catch (RejectedExecutionException shuttingDown) {
            log.debug("Shutting down: reply {} not linked to its question or pinned", event.getId());
        }
    }

    /** Pins the reply; if that fails, tells the moderator privately why, in the same chain. */
    private void pin(IReplyCallback event, Message message) {
        MessageChannel channel = event.getMessageChannel();
        channel.pinMessageById(message.getId())
                .map(done -> true)
                .onErrorFlatMap(failure -> {
                    log.warn("Could not pin message {}: {}", message.getId(), failure.toString());
                    return Outgoing.silenced(event.getHook().sendMessage(PIN_FAILED))
                            .setEphemeral(true)
                            .map(note -> false);
                })
                .queue(
                        pinned -> {},
                        failure -> log.warn(
                                "Could not tell the moderator that pinning {} failed: {}",
                                message.getId(),
                                failure.toString()));
    }

    static final String PIN_FAILED = "I could not pin the summary (I may lack the Pin Messages permission here, or the "
            + "channel has too many pins).";
}

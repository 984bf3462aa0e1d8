package org.parley.discord.reply;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import org.parley.answer.FollowUps;
import org.parley.store.AskedQuestion;
import org.parley.store.QuestionLog;

/**
 * The conversation in a thread Parley started, read back from the store (so it survives a restart): the answer
 * the thread was started from, then every question asked in it, oldest first.
 */
public final class Conversations {

    /** Enough turns to resolve "he" and "it"; older ones only add noise. */
    static final int TURNS = 6;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Conversations.class);

    private final QuestionLog questions;

    public Conversations(QuestionLog questions) {
        this.questions = questions;
    }

    public static boolean isParleyThread(Channel channel, String selfId) {
        return channel instanceof ThreadChannel thread && selfId.equals(thread.getOwnerId());
    }

    public List<FollowUps.Exchange> earlier(String threadId) {
        try {
            return read(threadId);
        } catch (RuntimeException e) {
            // Without the store a follow-up is read on its own: still answered, just without "he" and "it".
            log.warn("Could not read the conversation in thread {}: {}", threadId, e.toString());
            return List.of();
        }
    }

    private List<FollowUps.Exchange> read(String threadId) {
        List<AskedQuestion> turns = new ArrayList<>(questions.recentInChannel(threadId, TURNS));
        java.util.Collections.reverse(turns);
        // A thread started from an answer has that message's id; the answer's question begins the conversation.
        questions.byMessage(threadId).ifPresent(start -> turns.add(0, start));
        return turns.stream()
                .map(q -> new FollowUps.Exchange(q.question(), q.firstQuote()))
                .toList();
    }
}

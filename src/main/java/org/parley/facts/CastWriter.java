package org.parley.facts;

import java.util.List;
import java.util.function.Function;

/**
 * Writes the whole cast for {@code /participants}: who was at the talks and, apart, everyone else the story
 * names, each with role, side and the paragraph that introduces them. Markdown is escaped by the caller's
 * {@code escape}.
 */
public final class CastWriter {

    private final Function<String, String> escape;

    public CastWriter(Function<String, String> escape) {
        this.escape = escape;
    }

    /** Two parts, "Present at the talks" and "Also named in the story"; a part may have no lines. */
    public List<SummaryWriter.Part> parts(Facts facts) {
        Lines line = new Lines(escape, facts);
        Cast cast = Cast.of(facts);
        return List.of(
                new SummaryWriter.Part(
                        "Present at the talks",
                        cast.present().stream().map(m -> member(line, m)).toList()),
                new SummaryWriter.Part(
                        "Also named in the story",
                        cast.named().stream().map(m -> member(line, m)).toList()));
    }

    public String markdown(Facts facts) {
        return SummaryWriter.markdown(parts(facts));
    }

    private static String member(Lines line, Cast.Member m) {
        return "\u2022 **" + line.escape(m.name()) + "**" + line.roleAndSide(m.role(), m.side()) + " "
                + line.ref(m.citation());
    }
}

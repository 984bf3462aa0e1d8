package org.parley.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.parley.config.Lexicon;

/** Entry point of the corpus package: reads every .txt and .md article in a folder. */
public final class CorpusLoader {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CorpusLoader.class);

    private final ArticleParser parser;

    /** Reads articles with the lexicon's sentence-splitting words (abbreviations, sentence openers). */
    public CorpusLoader(Lexicon lexicon) {
        this(new ArticleParser(new SentenceSplitter(lexicon.splitter())));
    }

    public CorpusLoader(ArticleParser parser) {
        this.parser = parser;
    }

    /** An article file left out of the corpus, and why, in words a moderator can act on. */
    public record Skipped(String file, String reason) {}

    /** The corpus, and every file in the folder that could not be used. */
    public record Loaded(Corpus corpus, List<Skipped> skipped) {
        public Loaded {
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * Largest article read: a news article is tens of kilobytes; a file past this is a dump or a mistake, and
     * reading it would hold the whole corpus up (50 MB took the build past a minute).
     */
    public static final long MAX_ARTICLE_BYTES = 5L * 1024 * 1024;

    /** Reads the folder; a file that cannot be used is logged and left out, so one bad file never stops the rest. */
    public Corpus load(Path dir) {
        Loaded loaded = loadReporting(dir);
        loaded.skipped().forEach(s -> log.warn("Skipped {} in the corpus folder: {}", s.file(), s.reason()));
        return loaded.corpus();
    }

    /** Like {@link #load(Path)}, and says which files were left out and why (for /reload's reply). */
    public Loaded loadReporting(Path dir) {
        if (Files.isRegularFile(dir)) {
            Path folder = dir.toAbsolutePath().getParent();
            throw new CorpusException(dir.toAbsolutePath() + " is a file, and --corpus takes the folder of articles"
                    + (folder == null ? "" : ": to read it, use --corpus " + folder) + ".");
        }
        if (!Files.isDirectory(dir)) {
            throw new CorpusException("No corpus folder at " + dir.toAbsolutePath()
                    + ": point --corpus at a folder of .txt or .md articles.");
        }
        List<Path> files;
        List<Path> folders;
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> entries = s.sorted().toList();
            files = entries.stream().filter(CorpusLoader::isArticle).toList();
            folders = entries.stream()
                    .filter(p ->
                            Files.isDirectory(p) && !p.getFileName().toString().startsWith("."))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new CorpusException("The corpus folder " + dir.toAbsolutePath() + " holds no .txt or .md articles"
                    + (folders.isEmpty()
                            ? "."
                            : " (only those directly in it are read, not those in "
                                    + folders.get(0).getFileName() + "/)."));
        }
        MessageDigest digest = sha256();
        List<Article> articles = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        // Said, not silently passed over: someone who sorted articles into folders would miss them otherwise.
        folders.forEach(f -> skipped.add(new Skipped(
                f.getFileName() + "/", "it is a folder; only the articles directly in the corpus folder are read")));
        for (Path file : files) {
            String name = file.getFileName().toString();
            String id = name.substring(0, name.lastIndexOf('.'));
            if (articles.stream().anyMatch(a -> a.id().equals(id))) {
                throw new CorpusException("Two articles in " + dir.toAbsolutePath() + " are named " + id
                        + " (.txt and .md): rename one, since citations name articles by file name.");
            }
            Optional<String> text;
            try {
                if (!Files.isRegularFile(file)) {
                    skipped.add(new Skipped(name, "it cannot be read (not a file, or a link to nothing)"));
                    continue;
                }
                text = text(file);
            } catch (IOException e) {
                skipped.add(new Skipped(
                        name, "it cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
                continue;
            }
            if (text.isEmpty()) {
                skipped.add(new Skipped(
                        name,
                        Files.isRegularFile(file) && sizeOf(file) > MAX_ARTICLE_BYTES
                                ? "it is larger than " + MAX_ARTICLE_BYTES / (1024 * 1024) + " MB"
                                : "it is not UTF-8 text"));
                continue;
            }
            boolean markdown = name.toLowerCase(Locale.ROOT).endsWith(".md");
            Article article;
            try {
                article = parser.parse(id, text.get(), markdown);
            } catch (RuntimeException e) {
                skipped.add(new Skipped(name, "it could not be parsed (" + e.getMessage() + ")"));
                continue;
            }
            if (article.sentenceCount() == 0) {
                skipped.add(new Skipped(name, "it holds no sentences"));
                continue;
            }
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(text.get().getBytes(StandardCharsets.UTF_8));
            articles.add(article);
        }
        if (articles.isEmpty()) {
            throw new CorpusException("No article in " + dir.toAbsolutePath() + " could be used: "
                    + skipped.stream()
                            .map(s -> s.file() + " (" + s.reason() + ")")
                            .reduce((a, b) -> a + "; " + b)
                            .orElse(""));
        }
        return new Loaded(new Corpus(articles, HexFormat.of().formatHex(digest.digest())), skipped);
    }

    /** The file as text; empty when it is too large or not UTF-8 (binary files, other encodings). */
    private static Optional<String> text(Path file) throws IOException {
        if (sizeOf(file) > MAX_ARTICLE_BYTES) return Optional.empty();
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            // NUL never occurs in text; it marks a binary file that happens to decode.
            return text.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Builds a corpus from texts in memory (for generated benchmark corpora and tests). */
    public Corpus fromTexts(List<String> ids, List<String> texts) {
        MessageDigest digest = sha256();
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            digest.update(texts.get(i).getBytes(StandardCharsets.UTF_8));
            articles.add(parser.parse(ids.get(i), texts.get(i), false));
        }
        return new Corpus(articles, HexFormat.of().formatHex(digest.digest()));
    }

    private static boolean isArticle(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        // Not only regular files: a .txt that cannot be read (a dangling link, a special file) is reported, not
        // ignored.
        return !Files.isDirectory(p)
                && !n.startsWith(".")
                && (n.endsWith(".txt") || n.endsWith(".md"))
                && !n.equals("readme.md");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

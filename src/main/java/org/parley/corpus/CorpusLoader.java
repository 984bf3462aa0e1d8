package org.parley.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Entry point of the corpus package: reads every .txt and .md article in a folder. */
public final class CorpusLoader {

    private final ArticleParser parser;

    public CorpusLoader() {
        this(new ArticleParser(new SentenceSplitter()));
    }

    public CorpusLoader(ArticleParser parser) {
        this.parser = parser;
    }

    public Corpus load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CorpusException("No corpus folder at " + dir.toAbsolutePath()
                    + ": point --corpus at a folder of .txt or .md articles.");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(CorpusLoader::isArticle).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new CorpusException("The corpus folder " + dir.toAbsolutePath() + " holds no .txt or .md articles.");
        }
        MessageDigest digest = sha256();
        List<Article> articles = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes = read(file);
            String name = file.getFileName().toString();
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(bytes);
            String id = name.substring(0, name.lastIndexOf('.'));
            if (articles.stream().anyMatch(a -> a.id().equals(id))) {
                throw new CorpusException("Two articles in " + dir.toAbsolutePath() + " are named " + id
                        + " (.txt and .md): rename one, since citations name articles by file name.");
            }
            boolean markdown = name.toLowerCase(Locale.ROOT).endsWith(".md");
            Article article = parser.parse(id, new String(bytes, StandardCharsets.UTF_8), markdown);
            if (article.sentenceCount() > 0) {
                articles.add(article);
            }
        }
        return new Corpus(articles, HexFormat.of().formatHex(digest.digest()));
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
        return Files.isRegularFile(p) && !n.startsWith(".") && (n.endsWith(".txt") || n.endsWith(".md"))
                && !n.equals("readme.md");
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

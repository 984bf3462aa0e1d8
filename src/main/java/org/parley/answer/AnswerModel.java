package org.parley.answer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.parley.index.EmbeddingModel;

/**
 * The fitted models: a ranker that scores each candidate sentence (a softmax over a question's candidates
 * gives each the probability of being the one that answers) and an answerer that turns the best candidate's
 * measurements into a calibrated confidence, the probability that it answers the question. Both are written
 * by {@code parley train}; {@code figures} records what they reached, and how they were fit.
 *
 * <p>{@code embedder} names the {@link EmbeddingModel} whose cosines the features were measured with: the engine
 * runs that one, so a model is never served vectors of another. A file without it was fit with MiniLM.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnswerModel(String embedder, LinearModel ranker, LinearModel answerer, Map<String, Object> figures) {

    /**
     * What the answerer adds to the best candidate's features: its lead over the next and its probability (both
     * independent of the ranker's arbitrary offset, unlike the raw score).
     */
    public static final List<String> SCORE_FEATURES = List.of("MARGIN", "PROBABILITY");

    /** The margin of a best candidate that has no rival (engine and trainer alike). */
    public static final double MARGIN_ALONE = 10;

    /** The model that ships inside the jar. */
    public static final String BUNDLED = "/model/answer-model.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    public AnswerModel {
        embedder = embedder == null ? EmbeddingModel.MINILM.name() : embedder;
        if (EmbeddingModel.find(embedder).isEmpty()) {
            throw new IllegalArgumentException("the answer model was fit with the embedding model '" + embedder
                    + "', which this build does not have (it has " + String.join(", ", EmbeddingModel.names())
                    + "): retrain with 'parley train --embedder NAME'");
        }
        figures = figures == null ? Map.of() : Map.copyOf(figures);
        if (!ranker.features().equals(rankerFeatures())) {
            throw new IllegalArgumentException(
                    "the ranker was fit on other features than this build measures: retrain with 'parley train'");
        }
        if (!answerer.features().equals(answererFeatures())) {
            throw new IllegalArgumentException(
                    "the answerer was fit on other features than this build measures: retrain with 'parley train'");
        }
    }

    /** The embedding model this was fit with, which the engine must run. */
    public EmbeddingModel embedding() {
        return EmbeddingModel.named(embedder);
    }

    public static List<String> rankerFeatures() {
        return Arrays.stream(Feature.values()).map(Enum::name).toList();
    }

    public static List<String> answererFeatures() {
        List<String> names = new ArrayList<>(rankerFeatures());
        names.addAll(SCORE_FEATURES);
        return names;
    }

    /** The answerer's input: the best candidate's features, then its margin and probability. */
    public static double[] answererInput(double[] best, double margin, double probability) {
        double[] x = Arrays.copyOf(best, best.length + SCORE_FEATURES.size());
        x[best.length] = margin;
        x[best.length + 1] = probability;
        return x;
    }

    /** The abstention threshold the training folds chose (config's engine.answerThreshold is set from it). */
    public double suggestedThreshold() {
        Object t = figures.get("threshold");
        return t instanceof Number n ? n.doubleValue() : 0.5;
    }

    public double rank(double[] features) {
        return ranker.score(features);
    }

    public double confidence(double[] answererInput) {
        return LinearModel.sigmoid(answerer.score(answererInput));
    }

    /**
     * A model of zeros: every candidate alike, confidence one half. For preparing questions before any fit, with the
     * embedding model that the fit is for.
     */
    public static AnswerModel untrained(EmbeddingModel embedding) {
        return new AnswerModel(embedding.name(), zeros(rankerFeatures()), zeros(answererFeatures()), Map.of());
    }

    private static LinearModel zeros(List<String> names) {
        double[] ones = new double[names.size()];
        Arrays.fill(ones, 1);
        return new LinearModel(names, new double[names.size()], ones, new double[names.size()], 0);
    }

    /** The model at {@code file}, or the bundled one when {@code file} is null. */
    public static AnswerModel load(Path file) {
        try {
            if (file != null) return JSON.readValue(Files.readAllBytes(file), AnswerModel.class);
            try (InputStream in = AnswerModel.class.getResourceAsStream(BUNDLED)) {
                if (in == null)
                    throw new IllegalStateException("no bundled model at " + BUNDLED + ": run 'parley train'");
                return JSON.readValue(in, AnswerModel.class);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read the answer model " + (file == null ? BUNDLED : file) + ": " + e.getMessage(), e);
        }
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this) + "\n");
    }
}

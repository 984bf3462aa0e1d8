package org.parley.answer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A linear function of standardised features: {@code bias + Σ weight·(x − mean)/scale}. Features are named so
 * a model file that does not match the code's features is refused at load, never silently misread.
 */
public record LinearModel(List<String> features, double[] mean, double[] scale, double[] weights, double bias) {

    public LinearModel {
        features = List.copyOf(features);
        int n = features.size();
        if (mean.length != n || scale.length != n || weights.length != n) {
            throw new IllegalArgumentException("model arrays must have one value per feature (" + n + ")");
        }
    }

    public double score(double[] x) {
        double s = bias;
        for (int i = 0; i < weights.length; i++) s += weights[i] * (x[i] - mean[i]) / scale[i];
        return s;
    }

    /** What each feature adds to the score, by name, largest effect first: why a confidence is what it is. */
    public List<Map.Entry<String, Double>> contributions(double[] x) {
        List<Map.Entry<String, Double>> out = new ArrayList<>();
        for (int i = 0; i < weights.length; i++)
            out.add(Map.entry(features.get(i), weights[i] * (x[i] - mean[i]) / scale[i]));
        out.sort((a, b) -> Double.compare(Math.abs(b.getValue()), Math.abs(a.getValue())));
        return out;
    }

    @JsonIgnore
    public int size() {
        return features.size();
    }

    public static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}

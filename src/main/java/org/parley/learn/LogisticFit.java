package org.parley.learn;

import java.util.Arrays;
import java.util.List;
import org.parley.answer.LinearModel;

/**
 * Fits the two linear models by gradient descent (Adam) on standardised features with an L2 penalty:
 * a listwise softmax ranker (each question's candidates compete; the right ones share the target) and a
 * binary logistic regression (right or not). Plain Java: a few dozen features and a few thousand
 * questions need no library, and the fit is deterministic.
 */
final class LogisticFit {

    /** L2 penalty on standardised weights; Adam's step and step count. Chosen by leave-one-article-out (README). */
    static final double L2 = 1e-3, STEP = 0.05;

    static final int ITERATIONS = 300;

    private LogisticFit() {}

    /** One question's candidates for the ranker: rows of features, and which rows are right. */
    record RankingList(double[][] rows, boolean[] right, double weight) {}

    /** One example for the binary model; {@code answerable} says whether its question has an answer at all. */
    record Example(double[] x, boolean right, double weight, boolean answerable) {}

    static LinearModel ranker(List<String> names, List<RankingList> lists) {
        int d = names.size();
        double[] mean = new double[d], scale = new double[d];
        List<double[]> all =
                lists.stream().flatMap(l -> Arrays.stream(l.rows())).toList();
        standardise(all, mean, scale);
        double[][][] z = new double[lists.size()][][];
        for (int i = 0; i < lists.size(); i++) z[i] = transform(lists.get(i).rows(), mean, scale);
        double totalWeight = lists.stream().mapToDouble(RankingList::weight).sum();
        double[] w = new double[d];
        Adam adam = new Adam(d);
        double[] grad = new double[d];
        for (int it = 0; it < ITERATIONS; it++) {
            Arrays.fill(grad, 0);
            for (int i = 0; i < lists.size(); i++) {
                double[][] rows = z[i];
                boolean[] right = lists.get(i).right();
                double[] s = new double[rows.length];
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < rows.length; j++) {
                    s[j] = dot(w, rows[j]);
                    max = Math.max(max, s[j]);
                }
                double all_ = 0, pos = 0;
                for (int j = 0; j < rows.length; j++) {
                    double e = Math.exp(s[j] - max);
                    all_ += e;
                    if (right[j]) pos += e;
                }
                double scaleI = lists.get(i).weight() / totalWeight;
                for (int j = 0; j < rows.length; j++) {
                    double e = Math.exp(s[j] - max);
                    double g = e / all_ - (right[j] ? e / pos : 0);
                    if (g == 0) continue;
                    g *= scaleI;
                    double[] r = rows[j];
                    for (int k = 0; k < d; k++) grad[k] += g * r[k];
                }
            }
            for (int k = 0; k < d; k++) grad[k] += L2 * w[k];
            adam.step(w, grad);
        }
        return new LinearModel(names, mean, scale, w, 0);
    }

    static LinearModel binary(List<String> names, List<Example> examples) {
        int d = names.size();
        double[] mean = new double[d], scale = new double[d];
        standardise(examples.stream().map(Example::x).toList(), mean, scale);
        double[][] z = transform(examples.stream().map(Example::x).toArray(double[][]::new), mean, scale);
        double totalWeight = examples.stream().mapToDouble(Example::weight).sum();
        double[] w = new double[d + 1]; // the last is the bias
        Adam adam = new Adam(d + 1);
        double[] grad = new double[d + 1];
        for (int it = 0; it < ITERATIONS; it++) {
            Arrays.fill(grad, 0);
            for (int i = 0; i < z.length; i++) {
                double p = 1 / (1 + Math.exp(-(dot(w, z[i]) + w[d])));
                double g = (p - (examples.get(i).right() ? 1 : 0))
                        * examples.get(i).weight()
                        / totalWeight;
                for (int k = 0; k < d; k++) grad[k] += g * z[i][k];
                grad[d] += g;
            }
            for (int k = 0; k < d; k++) grad[k] += L2 * w[k];
            adam.step(w, grad);
        }
        return new LinearModel(names, mean, scale, Arrays.copyOf(w, d), w[d]);
    }

    private static void standardise(List<double[]> rows, double[] mean, double[] scale) {
        int d = mean.length;
        for (double[] r : rows) for (int k = 0; k < d; k++) mean[k] += r[k];
        for (int k = 0; k < d; k++) mean[k] /= Math.max(1, rows.size());
        for (double[] r : rows) for (int k = 0; k < d; k++) scale[k] += (r[k] - mean[k]) * (r[k] - mean[k]);
        for (int k = 0; k < d; k++) {
            double sd = Math.sqrt(scale[k] / Math.max(1, rows.size()));
            scale[k] = sd < 1e-9 ? 1 : sd; // a constant feature: weight stays 0 under the penalty
        }
    }

    private static double[][] transform(double[][] rows, double[] mean, double[] scale) {
        double[][] z = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            z[i] = new double[mean.length];
            for (int k = 0; k < mean.length; k++) z[i][k] = (rows[i][k] - mean[k]) / scale[k];
        }
        return z;
    }

    private static double dot(double[] w, double[] x) {
        double s = 0;
        for (int k = 0; k < x.length; k++) s += w[k] * x[k];
        return s;
    }

    /** Adam (Kingma and Ba, 2015) with its published defaults for the moment decay rates. */
    private static final class Adam {
        private final double[] m, v;
        private int t;

        Adam(int d) {
            m = new double[d];
            v = new double[d];
        }

        void step(double[] w, double[] grad) {
            t++;
            double b1 = 0.9, b2 = 0.999;
            for (int k = 0; k < w.length; k++) {
                m[k] = b1 * m[k] + (1 - b1) * grad[k];
                v[k] = b2 * v[k] + (1 - b2) * grad[k] * grad[k];
                double mh = m[k] / (1 - Math.pow(b1, t)), vh = v[k] / (1 - Math.pow(b2, t));
                w[k] -= STEP * mh / (Math.sqrt(vh) + 1e-8);
            }
        }
    }
}

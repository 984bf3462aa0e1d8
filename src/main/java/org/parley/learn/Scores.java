package org.parley.learn;

import java.util.ArrayList;
import java.util.List;
import org.parley.answer.Answer;
import org.parley.answer.Citation;

/** The figures qa-eval prints, computed the same way, for the replies to one question set. */
public record Scores(
        int questions,
        double hit1,
        double hit3,
        double abstain,
        double falseAbstain,
        double precision,
        double confAuc) {

    static Scores of(List<LabelledSet.Labelled> questions, List<Answer> answers) {
        int answerable = 0,
                unanswerable = 0,
                hit1 = 0,
                hit3 = 0,
                abstained = 0,
                falseAbstained = 0,
                answered = 0,
                rightAnswered = 0;
        List<double[]> conf = new ArrayList<>(); // {confidence, right}
        for (int i = 0; i < questions.size(); i++) {
            LabelledSet.Labelled q = questions.get(i);
            Answer a = answers.get(i);
            List<Citation> cs = a.citations();
            boolean right =
                    q.answerable() && !cs.isEmpty() && q.answeredBy(cs.get(0).quote());
            if (a.answered()) {
                answered++;
                if (right) rightAnswered++;
            }
            conf.add(new double[] {a.answered() ? a.confidence() : 0, right ? 1 : 0});
            if (!q.answerable()) {
                unanswerable++;
                if (!a.answered() && cs.isEmpty()) abstained++;
                continue;
            }
            answerable++;
            if (right) hit1++;
            if (cs.stream().limit(3).anyMatch(c -> q.answeredBy(c.quote()))) hit3++;
            if (!a.answered()) falseAbstained++;
        }
        return new Scores(
                questions.size(),
                share(hit1, answerable),
                share(hit3, answerable),
                unanswerable == 0 ? Double.NaN : share(abstained, unanswerable),
                share(falseAbstained, answerable),
                answered == 0 ? Double.NaN : share(rightAnswered, answered),
                auc(conf));
    }

    /** The chance that a right reply gets a higher confidence than a wrong one (ties count half). */
    static double auc(List<double[]> conf) {
        List<Double> pos = new ArrayList<>(), neg = new ArrayList<>();
        conf.forEach(c -> (c[1] > 0 ? pos : neg).add(c[0]));
        if (pos.isEmpty() || neg.isEmpty()) return Double.NaN;
        double wins = 0;
        for (double p : pos) for (double n : neg) wins += p > n ? 1 : p == n ? 0.5 : 0;
        return wins / ((double) pos.size() * neg.size());
    }

    private static double share(int n, int of) {
        return of == 0 ? 0 : (double) n / of;
    }

    /** The mean of each figure over several sets (NaN figures, such as abstain on a set without unanswerables, skipped). */
    static Scores mean(List<Scores> all) {
        return new Scores(
                all.stream().mapToInt(Scores::questions).sum(),
                avg(all, Scores::hit1),
                avg(all, Scores::hit3),
                avg(all, Scores::abstain),
                avg(all, Scores::falseAbstain),
                avg(all, Scores::precision),
                avg(all, Scores::confAuc));
    }

    private static double avg(List<Scores> all, java.util.function.ToDoubleFunction<Scores> f) {
        return all.stream()
                .mapToDouble(f)
                .filter(v -> !Double.isNaN(v))
                .average()
                .orElse(Double.NaN);
    }

    public String row(String name) {
        return String.format(
                "%-28s %5d %7s %7s %7s %7s %9s %8s",
                name, questions, f(hit1), f(hit3), f(abstain), f(falseAbstain), f(precision), f(confAuc));
    }

    static String header() {
        return String.format(
                "%-28s %5s %7s %7s %7s %7s %9s %8s",
                "article", "q", "hit@1", "hit@3", "abstain", "f.abst", "precision", "conf_auc");
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "-" : String.format("%.3f", v);
    }
}

package com.homeroom.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The 现任梯队 schools declare in the first period's rosters (before the district has any history):
 * about 2.5% 首席 among teachers with ≥ 5 years, about 11% 骨干 among teachers with ≥ 3 years,
 * mostly the better teachers.
 */
final class TierDeclarations {

    private TierDeclarations() {
    }

    static void declare(Map<School, List<Assignment>> staff, SplittableRandom rnd) {
        record Ranked(List<Assignment> list, int index, double key) {
        }
        List<Ranked> ranked = new ArrayList<>();
        int total = 0;
        for (List<Assignment> list : staff.values()) {
            for (int i = 0; i < list.size(); i++) {
                ranked.add(new Ranked(list, i, list.get(i).quality() + rnd.nextGaussian() * 0.03));
            }
            total += list.size();
        }
        ranked.sort(Comparator.comparingDouble(Ranked::key).reversed());
        int chiefs = (int) Math.round(total * 0.025);
        int backbones = (int) Math.round(total * 0.11);
        for (Ranked r : ranked) {
            Assignment a = r.list().get(r.index());
            if (chiefs > 0 && a.years() >= 5) {
                r.list().set(r.index(), a.withTier("首席"));
                chiefs--;
            } else if (backbones > 0 && a.years() >= 3) {
                r.list().set(r.index(), a.withTier("骨干"));
                backbones--;
            }
        }
    }
}

package dev.stacklint.rule;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads a rule class's {@code static final RuleMeta META}, once per class, and fills in its target from the rule's
 * interface when META leaves it out: so a rule writes its metadata once and never repeats its kind.
 */
final class RuleMetas {
    private static final ClassValue<RuleMeta> METAS = new ClassValue<>() {
        @Override
        protected RuleMeta computeValue(Class<?> type) {
            return read(type);
        }
    };

    private RuleMetas() {
    }

    static RuleMeta of(Class<?> rule) {
        return METAS.get(rule);
    }

    private static RuleMeta read(Class<?> rule) {
        RuleMeta meta;
        try {
            Field field = rule.getDeclaredField("META");
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != RuleMeta.class) {
                throw new IllegalStateException(rule.getName() + ".META must be a static RuleMeta");
            }
            field.setAccessible(true);
            meta = (RuleMeta) field.get(null);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new IllegalStateException(rule.getName() + " declares no static final RuleMeta META", e);
        }
        if (meta.target() != null) {
            return meta;
        }
        Set<Target> kinds = kinds(rule);
        if (kinds.size() != 1) {
            throw new IllegalStateException(rule.getName() + " is a rule of " + kinds + ": its META must name its target");
        }
        return meta.at(kinds.iterator().next());
    }

    /** What the rule's interfaces say it looks at. */
    static Set<Target> kinds(Class<?> rule) {
        Set<Target> kinds = EnumSet.noneOf(Target.class);
        if (DockerfileRule.class.isAssignableFrom(rule)) {
            kinds.add(Target.DOCKERFILE);
        }
        if (ComposeRule.class.isAssignableFrom(rule)) {
            kinds.add(Target.COMPOSE);
        }
        if (StackRule.class.isAssignableFrom(rule)) {
            kinds.add(Target.STACK);
        }
        if (WorkflowRule.class.isAssignableFrom(rule)) {
            kinds.add(Target.WORKFLOW);
        }
        return kinds;
    }
}

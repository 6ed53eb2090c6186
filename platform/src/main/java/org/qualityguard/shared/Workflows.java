package org.qualityguard.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/** Every workflow of the platform: the {@code public static final Workflow} constants of its classes. */
public final class Workflows {

    private static volatile List<Workflow<?>> all;

    private Workflows() {
    }

    /** The workflows declared under {@code org.qualityguard}, by name; found once, by reading the class files. */
    public static List<Workflow<?>> all() {
        List<Workflow<?>> found = all;
        if (found == null) {
            found = scan();
            all = found;
        }
        return found;
    }

    private static List<Workflow<?>> scan() {
        List<Workflow<?>> found = new ArrayList<>();
        ClassLoader loader = Workflows.class.getClassLoader();
        MetadataReaderFactory readers = new CachingMetadataReaderFactory(loader);
        try {
            for (Resource file : new PathMatchingResourcePatternResolver(loader)
                    .getResources("classpath*:org/qualityguard/**/*.class")) {
                String className = readers.getMetadataReader(file).getClassMetadata().getClassName();
                Class<?> type;
                try {
                    type = Class.forName(className, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                for (Field f : declaredFields(type)) {
                    int m = f.getModifiers();
                    if (f.getType() == Workflow.class && Modifier.isStatic(m) && Modifier.isPublic(m)
                            && Modifier.isFinal(m)) {
                        Workflow<?> w = (Workflow<?>) f.get(null);
                        if (found.stream().noneMatch(x -> x == w)) {
                            found.add(w);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the workflows could not be read", e);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("a public workflow constant could not be read", e);
        }
        found.sort(Comparator.comparing(Workflow::name));
        return List.copyOf(found);
    }

    private static Field[] declaredFields(Class<?> type) {
        try {
            return type.getDeclaredFields();
        } catch (LinkageError e) {
            return new Field[0];
        }
    }
}

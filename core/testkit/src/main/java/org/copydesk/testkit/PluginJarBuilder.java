package org.copydesk.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Builds a real PF4J plugin JAR inside a test: compiles Java sources against the test's class path (so against the
 * Copydesk API), runs PF4J's annotation processor to write {@code META-INF/extensions.idx}, and writes the manifest
 * with Plugin-Id, Plugin-Version and Plugin-Requires.
 *
 * <pre>{@code
 * Path jar = new PluginJarBuilder("shout", "1.0.0")
 *         .source("org.example.ShoutStepFactory", "package org.example; ...")
 *         .build(pluginsFolder);
 * }</pre>
 */
public final class PluginJarBuilder {
    private final String pluginId;
    private final String version;
    private String requires = "*";
    private String pluginClass;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, byte[]> resources = new LinkedHashMap<>();

    public PluginJarBuilder(String pluginId, String version) {
        this.pluginId = pluginId;
        this.version = version;
    }

    /** Adds a Java source file by fully qualified class name. */
    public PluginJarBuilder source(String className, String code) {
        sources.put(className, code);
        return this;
    }

    public PluginJarBuilder resource(String path, String content) {
        resources.put(path, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public PluginJarBuilder requires(String expression) {
        this.requires = expression;
        return this;
    }

    public PluginJarBuilder pluginClass(String className) {
        this.pluginClass = className;
        return this;
    }

    /** Compiles and writes {@code <folder>/<pluginId>-<version>.jar}. */
    public Path build(Path folder) {
        try {
            Path work = Files.createTempDirectory("copydesk-plugin-" + pluginId);
            Path src = work.resolve("src");
            Path classes = work.resolve("classes");
            Files.createDirectories(classes);
            List<Path> files = new ArrayList<>();
            for (Map.Entry<String, String> e : sources.entrySet()) {
                Path f = src.resolve(e.getKey().replace('.', '/') + ".java");
                Files.createDirectories(f.getParent());
                Files.writeString(f, e.getValue());
                files.add(f);
            }
            compile(files, classes);
            for (Map.Entry<String, byte[]> e : resources.entrySet()) {
                Path f = classes.resolve(e.getKey());
                Files.createDirectories(f.getParent());
                Files.write(f, e.getValue());
            }
            Files.createDirectories(folder);
            Path jar = folder.resolve(pluginId + "-" + version + ".jar");
            writeJar(classes, jar);
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compile(List<Path> files, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler: run the tests on a JDK, not a JRE");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-proc:full", "-d", classes.toString(),
                    "-classpath", System.getProperty("java.class.path"));
            boolean ok = compiler.getTask(null, fm, diagnostics, options, null,
                    fm.getJavaFileObjectsFromPaths(files)).call();
            if (!ok) {
                StringBuilder sb = new StringBuilder("plugin sources do not compile:");
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    sb.append('\n').append(d);
                }
                throw new IllegalStateException(sb.toString());
            }
        }
    }

    private void writeJar(Path classes, Path jar) throws IOException {
        Manifest manifest = new Manifest();
        Attributes a = manifest.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Plugin-Id", pluginId);
        a.putValue("Plugin-Version", version);
        a.putValue("Plugin-Requires", requires);
        a.putValue("Plugin-Provider", "copydesk-testkit");
        if (pluginClass != null) {
            a.putValue("Plugin-Class", pluginClass);
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(out, manifest);
             Stream<Path> walk = Files.walk(classes)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
                String name = classes.relativize(p).toString().replace('\\', '/');
                jos.putNextEntry(new JarEntry(name));
                Files.copy(p, jos);
                jos.closeEntry();
            }
        }
    }
}

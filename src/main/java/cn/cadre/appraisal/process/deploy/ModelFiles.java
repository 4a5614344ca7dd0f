package cn.cadre.appraisal.process.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the model files (.bpmn, .dmn, .form) of one folder, keyed by their path relative to the
 * folder: the stable resource name, the same from a checkout and from the jar.
 */
final class ModelFiles {

  private ModelFiles() {}

  static Map<String, byte[]> read(Path dir, String classpathFolder) {
    return Files.isDirectory(dir) ? fromDirectory(dir) : fromClasspath(classpathFolder);
  }

  /** Where {@link #read} takes the files from, for the log. */
  static String describe(Path dir, String classpathFolder) {
    return Files.isDirectory(dir) ? dir.toAbsolutePath().toString()
        : "the copies packaged in the application (classpath:" + classpathFolder + "/)";
  }

  static boolean isModel(String name) {
    return name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form");
  }

  private static Map<String, byte[]> fromDirectory(Path dir) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        String name = dir.relativize(path).toString().replace('\\', '/');
        if (Files.isRegularFile(path) && isModel(name)) {
          files.put(name, Files.readAllBytes(path));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + dir.toAbsolutePath(), e);
    }
    return files;
  }

  private static Map<String, byte[]> fromClasspath(String folder) {
    Map<String, byte[]> files = new TreeMap<>();
    try {
      Resource[] resources = new PathMatchingResourcePatternResolver()
          .getResources("classpath*:" + folder + "/**/*");
      String marker = "/" + folder + "/";
      for (Resource resource : resources) {
        String url = resource.getURL().toString();
        int at = url.lastIndexOf(marker);
        if (at < 0 || !resource.isReadable()) {
          continue;
        }
        String name = url.substring(at + marker.length());
        if (isModel(name)) {
          try (var in = resource.getInputStream()) {
            files.put(name, in.readAllBytes());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read classpath folder " + folder, e);
    }
    return files;
  }
}

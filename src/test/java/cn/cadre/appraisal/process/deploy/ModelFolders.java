package cn.cadre.appraisal.process.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A scratch copy of the project's processes/ and forms/ folders for tests that edit models. */
record ModelFolders(Path processes, Path forms) {

  static ModelFolders copyOfProject(Path root) {
    try {
      ModelFolders folders = new ModelFolders(root.resolve("processes"), root.resolve("forms"));
      copy(Paths.get("processes"), folders.processes());
      copy(Paths.get("forms"), folders.forms());
      return folders;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  DeploymentProperties properties() {
    return new DeploymentProperties(processes, forms, false, 2000);
  }

  void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    if (!text.contains(from)) {
      throw new IllegalArgumentException(file + " does not contain " + from);
    }
    Files.writeString(file, text.replace(from, to));
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}

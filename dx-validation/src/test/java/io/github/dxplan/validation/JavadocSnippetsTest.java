package io.github.dxplan.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The code snippets in the javadoc of the Jakarta Validation entry points compile as written: each
 * {@code <pre>{@code …}</pre>} block is put into a method (or, when it declares a {@code @Bean}, a class)
 * with the imports a user would write, and compiled against this module.
 */
class JavadocSnippetsTest {
  private static final Pattern SNIPPET = Pattern.compile("<pre>\\{@code\\n(.*?)\\n \\* ?}</pre>", Pattern.DOTALL);

  private static final String IMPORTS = """
      import io.github.dxplan.model.DxPlan;
      import io.github.dxplan.validation.*;
      import jakarta.validation.*;
      import java.util.*;
      import org.hibernate.validator.HibernateValidator;
      import org.hibernate.validator.HibernateValidatorConfiguration;
      import org.hibernate.validator.engine.HibernateConstraintViolation;
      import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
      """;

  /** Spring's two names in the Spring Boot snippet, declared as Spring declares them. */
  private static final String SPRING_STAND_INS = """
        Validator validator;
        @interface Bean {}
        interface ValidationConfigurationCustomizer { void customize(Configuration<?> configuration); }
      """;

  private static final class Source extends SimpleJavaFileObject {
    private final String code;

    Source(String name, String code) {
      super(URI.create("string:///snippets/" + name + ".java"), JavaFileObject.Kind.SOURCE);
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"package-info.java", "DxplanConstraints.java"})
  void snippets_compileAsWritten(String file) throws IOException {
    String source = Files.readString(Path.of("src/main/java/io/github/dxplan/validation", file), StandardCharsets.UTF_8);
    Matcher m = SNIPPET.matcher(source);
    List<JavaFileObject> units = new ArrayList<>();
    while (m.find()) {
      String code = m.group(1).replaceAll("(?m)^ \\* ?", "");
      String name = "Snippet" + units.size();
      String body = code.strip().startsWith("@")
          ? code
          : "void run(DxPlan plan) {\n" + code + "\n}";
      String unit = "package snippets;\n" + IMPORTS + "class " + name + " {\n" + SPRING_STAND_INS + body + "\n}\n";
      units.add(new Source(name, unit));
    }
    assertThat(units).as("snippets in %s", file).isNotEmpty();

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String classPath = System.getProperty("java.class.path") + File.pathSeparator + System.getProperty("jdk.module.path", "");
    Path out = Files.createTempDirectory("snippets");
    StringWriter errors = new StringWriter();
    boolean ok = javac.getTask(errors, null, null,
            List.of("-classpath", classPath, "-d", out.toString(), "-Xlint:all", "-Werror", "-proc:none"), null, units)
        .call();
    assertThat(ok).as("%s snippets compile:%n%s", file, errors).isTrue();
  }
}

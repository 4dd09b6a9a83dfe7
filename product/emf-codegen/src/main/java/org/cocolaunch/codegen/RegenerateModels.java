// SPDX-License-Identifier: EPL-2.0
package org.cocolaunch.codegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Headless EMF code generation for every {@code bundles/*}{@code /model/*.genmodel} of the repository.
 *
 * <pre>
 * RegenerateModels &lt;repo-root&gt; [--check-guarded] [--proposals &lt;dir&gt;]
 * </pre>
 *
 * Runs EMF's generator (model and, when the genmodel has an edit directory, edit code) outside Eclipse/OSGi.
 * Workspace paths {@code /<bundle>/...} map to {@code <root>/bundles/<bundle>/...}. The hand-maintained
 * {@code META-INF/MANIFEST.MF}, {@code plugin.xml}, {@code plugin.properties} and {@code build.properties} are
 * restored byte for byte after generation (see {@link GuardedFiles}); the generator's version of a guarded file
 * that it would have changed is written under the proposals folder and reported.
 *
 * <p>Exit codes: 0 ok, 1 error, 2 {@code --check-guarded} and the generator would change a hand-maintained file.
 */
public final class RegenerateModels {

	private RegenerateModels() {
	}

	public static void main(String[] args) {
		int rc;
		try {
			rc = run(args);
		} catch (Exception e) {
			System.err.println("emf-codegen: " + e);
			e.printStackTrace();
			rc = 1;
		}
		System.out.flush();
		System.err.flush();
		if (rc != 0) {
			System.exit(rc);
		}
	}

	static int run(String[] args) throws Exception {
		Path root = null;
		Path proposals = null;
		boolean checkGuarded = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--check-guarded" -> checkGuarded = true;
			case "--proposals" -> proposals = Paths.get(args[++i]);
			default -> {
				if (args[i].startsWith("--") || root != null) {
					System.err.println("usage: RegenerateModels <repo-root> [--check-guarded] [--proposals <dir>]");
					return 1;
				}
				root = Paths.get(args[i]);
			}
			}
		}
		if (root == null) {
			root = Paths.get(".");
		}
		root = root.toAbsolutePath().normalize();
		if (proposals == null) {
			proposals = root.resolve("product/emf-codegen/target/proposed");
		}
		proposals = proposals.toAbsolutePath().normalize();

		deleteRecursively(proposals);

		ModelWorkspace ws = new ModelWorkspace(root);
		List<Path> genModelFiles = ws.modelFiles("genmodel");
		if (genModelFiles.isEmpty()) {
			System.err.println("emf-codegen: no bundles/*/model/*.genmodel under " + root);
			return 1;
		}

		// Only our adapter factory: no global registrations, and code formatting works stand-alone.
		GeneratorAdapterFactory.Descriptor.Registry registry = new GeneratorAdapterFactory.Descriptor.DelegatingRegistry();
		registry.addDescriptor(GenModelPackage.eNS_URI, StandaloneGeneratorAdapterFactory.DESCRIPTOR);

		List<String> problems = new ArrayList<>();

		// Load every genmodel first, so that usedGenPackages between them resolve to the same objects.
		List<GenModel> genModels = new ArrayList<>();
		for (Path file : genModelFiles) {
			genModels.add(ws.loadGenModel(file));
		}
		EcoreUtil.resolveAll(ws.resourceSet());
		for (Resource r : ws.resourceSet().getResources()) {
			for (Resource.Diagnostic d : r.getErrors()) {
				problems.add(r.getURI() + ": " + d.getMessage());
			}
		}
		Map<EObject, Collection<EStructuralFeature.Setting>> unresolved = EcoreUtil.UnresolvedProxyCrossReferencer
				.find(ws.resourceSet());
		unresolved.forEach((proxy, settings) -> settings.forEach(s -> problems.add(
				"unresolved reference " + EcoreUtil.getURI(proxy) + " from " + EcoreUtil.getURI(s.getEObject()))));
		if (!problems.isEmpty()) {
			problems.forEach(p -> System.err.println("emf-codegen: ERROR " + p));
			return 1;
		}

		// Hand-maintained files of every existing bundle and of every project a genmodel generates into.
		Set<Path> projects = new TreeSet<>(ws.bundles());
		for (GenModel genModel : genModels) {
			projects.add(ws.toFile(genModel.getModelProjectDirectory()));
			if (notEmpty(genModel.getEditDirectory())) {
				projects.add(ws.toFile(genModel.getEditProjectDirectory()));
			}
		}
		GuardedFiles guarded = new GuardedFiles(root.resolve("bundles"), new ArrayList<>(projects));

		PrintStream originalErr = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		GuardedFiles.Outcome outcome;
		try {
			// EMF logs generation failures (for example an unwritable file) to System.err instead of throwing:
			// capture stderr while generating and treat any output as a failure.
			System.setErr(new PrintStream(new TeeStream(originalErr, captured), true, StandardCharsets.UTF_8));

			for (int i = 0; i < genModels.size(); i++) {
				GenModel genModel = genModels.get(i);
				String name = root.relativize(genModelFiles.get(i)).toString();
				if (!genModel.reconcile()) {
					problems.add(name + ": cannot be reconciled with its Ecore model");
					continue;
				}
				genModel.setCanGenerate(true);
				Diagnostic diagnostic = genModel.diagnose();
				if (diagnostic.getSeverity() == Diagnostic.ERROR) {
					problems.add(name + ": invalid genmodel: " + describe(diagnostic));
					continue;
				}

				Generator generator = new Generator(registry);
				generator.setInput(genModel);
				List<String> done = new ArrayList<>();
				generate(generator, genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, "model", name, done, problems);
				if (notEmpty(genModel.getEditDirectory())) {
					generate(generator, genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, "edit", name, done, problems);
				}
				if (notEmpty(genModel.getEditorDirectory())) {
					System.out.println("emf-codegen: " + name + ": editorDirectory is set but editor code is not generated here");
				}
				System.out.println("emf-codegen: " + name + " -> " + String.join(", ", done));
			}
		} finally {
			System.setErr(originalErr);
			outcome = guarded.restore(proposals);
		}

		if (captured.size() > 0) {
			problems.add("the generator reported errors (see above)");
		}
		for (Path created : outcome.created()) {
			System.out.println("emf-codegen: created bootstrap " + root.relativize(created)
					+ " (generator version; maintain it by hand from now on)");
		}
		for (Path proposal : outcome.proposals()) {
			System.out.println("emf-codegen: kept hand-maintained "
					+ root.relativize(root.resolve("bundles").resolve(proposals.relativize(proposal)))
					+ "; the generator would change it, see " + proposal);
		}
		if (!problems.isEmpty()) {
			problems.forEach(p -> System.err.println("emf-codegen: ERROR " + p));
			return 1;
		}
		if (checkGuarded && !outcome.proposals().isEmpty()) {
			return 2;
		}
		return 0;
	}

	private static void generate(Generator generator, GenModel genModel, Object projectType, String label,
			String name, List<String> done, List<String> problems) {
		if (!generator.canGenerate(genModel, projectType)) {
			problems.add(name + ": cannot generate " + label + " code");
			return;
		}
		Diagnostic d = generator.generate(genModel, projectType, new BasicMonitor());
		if (d.getSeverity() >= Diagnostic.ERROR) {
			problems.add(name + ": " + label + ": " + describe(d));
		} else if (d.getSeverity() == Diagnostic.WARNING) {
			System.out.println("emf-codegen: " + name + ": " + label + " warning: " + describe(d));
		}
		String dir = projectType == GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE ? genModel.getModelDirectory()
				: genModel.getEditDirectory();
		done.add(label + " " + dir);
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return;
		}
		try (var paths = Files.walk(dir)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	private static boolean notEmpty(String s) {
		return s != null && !s.isBlank();
	}

	private static String describe(Diagnostic d) {
		StringBuilder sb = new StringBuilder(String.valueOf(d.getMessage()));
		for (Diagnostic child : d.getChildren()) {
			sb.append("\n  ").append(describe(child).replace("\n", "\n  "));
		}
		if (d.getException() != null) {
			sb.append("\n  ").append(d.getException());
		}
		return sb.toString();
	}

	private static final class TeeStream extends OutputStream {
		private final OutputStream a;
		private final OutputStream b;

		TeeStream(OutputStream a, OutputStream b) {
			this.a = a;
			this.b = b;
		}

		@Override
		public void write(int c) throws IOException {
			a.write(c);
			b.write(c);
		}

		@Override
		public void write(byte[] buf, int off, int len) throws IOException {
			a.write(buf, off, len);
			b.write(buf, off, len);
		}

		@Override
		public void flush() throws IOException {
			a.flush();
			b.flush();
		}
	}
}

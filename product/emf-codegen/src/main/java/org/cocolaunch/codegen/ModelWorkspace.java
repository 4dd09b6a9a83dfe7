// SPDX-License-Identifier: EPL-2.0
package org.cocolaunch.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Stand-alone (no OSGi, no Eclipse workspace) view of the repository: maps {@code platform:/resource/<bundle>/}
 * and {@code platform:/plugin/<bundle>/} to {@code <root>/bundles/<bundle>/}, maps {@code platform:/plugin/<bsn>/} of
 * every OSGi bundle on the class path (for example {@code org.eclipse.emf.ecore}, whose {@code model/Ecore.genmodel}
 * is used by our genmodels) to its jar, and maps the nsURI of every {@code bundles/*}{@code /model/*.ecore} to its
 * file, so that vendor models may reference the common model by nsURI, by platform URI or by relative path.
 */
final class ModelWorkspace {

	private final Path root;
	private final Path bundlesDir;
	private final ResourceSet resourceSet = new ResourceSetImpl();
	private final List<Path> bundles = new ArrayList<>();

	ModelWorkspace(Path root) throws IOException {
		this.root = root;
		this.bundlesDir = root.resolve("bundles");
		if (!Files.isDirectory(bundlesDir)) {
			throw new IOException("no bundles/ folder under " + root);
		}
		try (Stream<Path> s = Files.list(bundlesDir)) {
			s.filter(Files::isDirectory).sorted().forEach(bundles::add);
		}
		setUp();
	}

	Path root() {
		return root;
	}

	List<Path> bundles() {
		return bundles;
	}

	ResourceSet resourceSet() {
		return resourceSet;
	}

	private void setUp() throws IOException {
		// Make sure the packages we need are initialized and registered.
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new EcoreResourceFactoryImpl());
		factories.put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());

		Map<URI, URI> uriMap = resourceSet.getURIConverter().getURIMap();

		// Jars on the class path that are OSGi bundles -> platform:/plugin/<bsn>/
		Enumeration<URL> manifests = getClass().getClassLoader().getResources("META-INF/MANIFEST.MF");
		while (manifests.hasMoreElements()) {
			URL url = manifests.nextElement();
			String bsn;
			try (InputStream in = url.openStream()) {
				bsn = new Manifest(in).getMainAttributes().getValue("Bundle-SymbolicName");
			} catch (IOException e) {
				continue;
			}
			if (bsn == null) {
				continue;
			}
			bsn = bsn.split(";")[0].trim();
			String base = url.toString();
			base = base.substring(0, base.length() - "META-INF/MANIFEST.MF".length());
			if (base.startsWith("jar:")) {
				base = "archive:" + base.substring("jar:".length());
			}
			uriMap.putIfAbsent(URI.createPlatformPluginURI(bsn + "/", false), URI.createURI(base));
		}

		// platform:/resource/<bundle>/ -> <root>/bundles/<bundle>/ as a prefix mapping, so that it also covers bundles
		// that do not exist yet (a new .edit project); the generator writes through this resource set's converter.
		uriMap.put(URI.createPlatformResourceURI("/", false),
				URI.createFileURI(bundlesDir.toAbsolutePath().toString() + "/"));
		// platform:/plugin/<bundle>/ -> platform:/resource/<bundle>/ for our own bundles
		for (Path bundle : bundles) {
			String name = bundle.getFileName().toString();
			uriMap.put(URI.createPlatformPluginURI(name + "/", false), URI.createPlatformResourceURI(name + "/", false));
		}

		// nsURI of each model -> its .ecore file
		Map<String, URI> nsUris = new TreeMap<>();
		for (Path ecore : modelFiles("ecore")) {
			ResourceSet scratch = new ResourceSetImpl();
			scratch.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
			Resource r = scratch.getResource(URI.createFileURI(ecore.toAbsolutePath().toString()), true);
			for (EObject o : r.getContents()) {
				if (o instanceof EPackage p && p.getNsURI() != null) {
					URI previous = nsUris.put(p.getNsURI(), platformUri(ecore));
					if (previous != null) {
						throw new IOException("nsURI " + p.getNsURI() + " is declared by both " + previous + " and " + ecore);
					}
				}
			}
		}
		nsUris.forEach((ns, location) -> {
			if (!EPackage.Registry.INSTANCE.containsKey(ns)) {
				uriMap.put(URI.createURI(ns), location);
			}
		});
	}

	/** All {@code bundles/*}{@code /model/*.<ext>} files, sorted. */
	List<Path> modelFiles(String ext) throws IOException {
		List<Path> result = new ArrayList<>();
		for (Path bundle : bundles) {
			Path model = bundle.resolve("model");
			if (Files.isDirectory(model)) {
				try (Stream<Path> s = Files.list(model)) {
					s.filter(p -> p.getFileName().toString().endsWith("." + ext) && Files.isRegularFile(p)).sorted()
							.forEach(result::add);
				}
			}
		}
		return result;
	}

	/** {@code platform:/resource/<bundle>/<path>} for a file under {@code bundles/}. */
	URI platformUri(Path file) {
		Path rel = bundlesDir.toAbsolutePath().relativize(file.toAbsolutePath());
		StringBuilder sb = new StringBuilder();
		for (Path segment : rel) {
			sb.append('/').append(segment);
		}
		return URI.createPlatformResourceURI(sb.toString(), true);
	}

	/** Maps a workspace path such as {@code /org.cocolaunch.model/src-gen} to a file under {@code bundles/}. */
	Path toFile(String workspacePath) {
		String p = workspacePath.startsWith("/") ? workspacePath.substring(1) : workspacePath;
		return bundlesDir.resolve(p);
	}

	GenModel loadGenModel(Path file) {
		Resource resource = resourceSet.getResource(platformUri(file), true);
		for (EObject o : resource.getContents()) {
			if (o instanceof GenModel g) {
				return g;
			}
		}
		throw new IllegalStateException(file + " contains no GenModel");
	}
}

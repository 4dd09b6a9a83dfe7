/*
 * SPDX-License-Identifier: EPL-2.0
 */
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Assembles the plain class path of the headless commands from a materialized product: the bundle a launch starts
 * from (org.cocolaunch.cli) and everything it needs as the OSGi resolver would wire it (Require-Bundle, Import-Package
 * to the exporting bundle, fragments of included hosts, optional wires where the bundle is present), found generically
 * from the bundles' manifests, so new bundles and commands need no edit here.
 *
 * Each bundle becomes one unsigned jar with stored (uncompressed) entries in OUT/lib: classes from signed jars cost a
 * signature check when they load and the JVM's ahead-of-time cache skips them; stored entries load without inflating.
 * Nested Bundle-ClassPath jars are extracted beside them, and folder-shaped bundles are packed (the cache accepts jars
 * only). Without the OSGi framework no extension registry reads the bundles' plugin.xml, so every contribution to an
 * extension point of the product's own bundles (an element with a {@code class} attribute, to a point whose schema
 * names the Java type) becomes a {@code META-INF/services} entry of that type in OUT/lib/contributions.jar, where
 * {@link java.util.ServiceLoader} finds it (org.cocolaunch.core.vendor.Contributions). OUT/classpath receives the class path, in resolution order
 * from the root bundle.
 *
 * Usage: java CliClassPath.java PLUGINS_DIR OUT_DIR ROOT_BUNDLE
 */
public final class CliClassPath {

	private record Bundle(String name, String version, Path location, Manifest manifest) {
		String header(String key) {
			return manifest.getMainAttributes().getValue(key);
		}
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 3) {
			System.err.println("usage: java CliClassPath.java PLUGINS_DIR OUT_DIR ROOT_BUNDLE");
			System.exit(2);
		}
		Path plugins = Path.of(args[0]);
		Path out = Path.of(args[1]);
		Map<String, Bundle> bundles = readBundles(plugins);
		Bundle root = bundles.get(args[2]);
		if (root == null) {
			throw new IOException("no bundle " + args[2] + " in " + plugins);
		}
		List<Bundle> closure = closure(root, bundles);
		addContributors(closure, bundles);
		Path lib = out.resolve("lib");
		Files.createDirectories(lib);
		List<String> classPath = new ArrayList<>();
		for (Bundle b : closure) {
			classPath.addAll(install(b, lib));
		}
		Path contributions = lib.resolve("contributions.jar");
		writeServices(services(closure), contributions);
		classPath.add(contributions.toAbsolutePath().toString());
		Files.writeString(out.resolve("classpath"), String.join(":", classPath) + "\n");
		System.err.println("cocolaunch: plain class path of " + closure.size() + " bundles in " + out);
	}

	private static Map<String, Bundle> readBundles(Path plugins) throws IOException {
		Map<String, Bundle> bundles = new LinkedHashMap<>();
		try (Stream<Path> entries = Files.list(plugins)) {
			for (Path p : entries.sorted().toList()) {
				Manifest m = manifest(p);
				String sn = m == null ? null : m.getMainAttributes().getValue("Bundle-SymbolicName");
				if (sn == null) {
					continue;
				}
				String name = clauses(sn).get(0).split(";")[0].trim();
				String version = String.valueOf(m.getMainAttributes().getValue("Bundle-Version"));
				Bundle old = bundles.get(name);
				if (old == null || compareVersions(version, old.version()) > 0) {
					bundles.put(name, new Bundle(name, version, p, m));
				}
			}
		}
		return bundles;
	}

	private static Manifest manifest(Path p) throws IOException {
		if (Files.isDirectory(p)) {
			Path mf = p.resolve("META-INF/MANIFEST.MF");
			if (!Files.isRegularFile(mf)) {
				return null;
			}
			try (InputStream in = Files.newInputStream(mf)) {
				return new Manifest(in);
			}
		}
		if (!p.toString().endsWith(".jar")) {
			return null;
		}
		try (ZipFile zip = new ZipFile(p.toFile())) {
			ZipEntry e = zip.getEntry("META-INF/MANIFEST.MF");
			if (e == null) {
				return null;
			}
			try (InputStream in = zip.getInputStream(e)) {
				return new Manifest(in);
			}
		}
	}

	/** Breadth first from the root, so the class path lists the launch's own bundles before the libraries. */
	private static List<Bundle> closure(Bundle root, Map<String, Bundle> bundles) {
		Map<String, Bundle> exporters = new LinkedHashMap<>();
		for (Bundle b : bundles.values()) {
			for (String clause : clauses(b.header("Export-Package"))) {
				exporters.putIfAbsent(clause.split(";")[0].trim(), b);
			}
		}
		Set<Bundle> seen = new LinkedHashSet<>();
		Deque<Bundle> todo = new ArrayDeque<>(List.of(root));
		while (!todo.isEmpty()) {
			Bundle b = todo.removeFirst();
			if (!seen.add(b)) {
				continue;
			}
			for (String clause : clauses(b.header("Require-Bundle"))) {
				String required = clause.split(";")[0].trim();
				Bundle dep = bundles.get(required.equals("system.bundle") ? "org.eclipse.osgi" : required);
				if (dep != null) {
					todo.addLast(dep);
				}
			}
			for (String clause : clauses(b.header("Import-Package"))) {
				Bundle dep = exporters.get(clause.split(";")[0].trim());
				if (dep != null) {
					todo.addLast(dep);
				}
			}
			String host = b.header("Fragment-Host");
			if (host != null && bundles.containsKey(host.split(";")[0].trim())) {
				todo.addLast(bundles.get(host.split(";")[0].trim()));
			}
			for (Bundle f : bundles.values()) {
				String fh = f.header("Fragment-Host");
				String filter = f.header("Eclipse-PlatformFilter");
				if (fh != null && fh.split(";")[0].trim().equals(b.name())
						&& (filter == null || (filter.contains("linux") && filter.contains("x86_64")))) {
					todo.addLast(f);
				}
			}
		}
		return new ArrayList<>(seen);
	}

	/**
	 * Bundles nobody requires but the extension registry would still find: those contributing to an extension point
	 * of the closure's own bundles (a further vendor engine or backend), with what they need, unless that pulls in
	 * the UI (SWT or org.eclipse.ui), which a headless command must not load.
	 */
	private static void addContributors(List<Bundle> closure, Map<String, Bundle> bundles) throws IOException {
		Set<String> points = new LinkedHashSet<>();
		for (Bundle b : closure) {
			Document plugin = b.name().startsWith(OWN_BUNDLES) ? xml(b, "plugin.xml") : null;
			NodeList declared = plugin == null ? null : plugin.getElementsByTagName("extension-point");
			for (int i = 0; declared != null && i < declared.getLength(); i++) {
				String id = ((Element) declared.item(i)).getAttribute("id");
				points.add(id.contains(".") ? id : b.name() + "." + id);
			}
		}
		for (Bundle b : bundles.values()) {
			if (closure.contains(b) || !b.name().startsWith(OWN_BUNDLES)) {
				continue;
			}
			Document plugin = xml(b, "plugin.xml");
			NodeList extensions = plugin == null ? null : plugin.getElementsByTagName("extension");
			boolean contributes = false;
			for (int i = 0; extensions != null && i < extensions.getLength(); i++) {
				contributes |= points.contains(((Element) extensions.item(i)).getAttribute("point"));
			}
			if (!contributes) {
				continue;
			}
			List<Bundle> needed = closure(b, bundles);
			if (needed.stream().noneMatch(n -> n.name().startsWith("org.eclipse.swt") || n.name().equals("org.eclipse.ui"))) {
				for (Bundle n : needed) {
					if (!closure.contains(n)) {
						closure.add(n);
					}
				}
			}
		}
	}

	/** The extension points turned into services are those of the product's own bundles (EMF's are not needed). */
	private static final String OWN_BUNDLES = "org.cocolaunch.";

	/** For each Java type named by an extension point's schema, the classes contributed to that point, in order. */
	private static Map<String, List<String>> services(List<Bundle> closure) throws IOException {
		Map<String, String> pointTypes = new LinkedHashMap<>();
		for (Bundle b : closure) {
			Document plugin = b.name().startsWith(OWN_BUNDLES) ? xml(b, "plugin.xml") : null;
			if (plugin == null) {
				continue;
			}
			NodeList points = plugin.getElementsByTagName("extension-point");
			for (int i = 0; i < points.getLength(); i++) {
				Element point = (Element) points.item(i);
				String id = point.getAttribute("id");
				Document schema = point.getAttribute("schema").isEmpty() ? null : xml(b, point.getAttribute("schema"));
				if (schema == null) {
					continue;
				}
				NodeList metas = schema.getElementsByTagName("meta.attribute");
				for (int j = 0; j < metas.getLength(); j++) {
					Element meta = (Element) metas.item(j);
					String basedOn = meta.getAttribute("basedOn");
					if ("java".equals(meta.getAttribute("kind")) && !basedOn.isEmpty()) {
						int colon = basedOn.indexOf(':');
						String type = colon < 0 ? basedOn : basedOn.substring(colon + 1);
						if (type.isEmpty()) {
							type = basedOn.substring(0, colon);
						}
						pointTypes.put(id.contains(".") ? id : b.name() + "." + id, type);
						break;
					}
				}
			}
		}
		Map<String, List<String>> services = new LinkedHashMap<>();
		for (Bundle b : closure) {
			Document plugin = xml(b, "plugin.xml");
			if (plugin == null) {
				continue;
			}
			NodeList extensions = plugin.getElementsByTagName("extension");
			for (int i = 0; i < extensions.getLength(); i++) {
				Element extension = (Element) extensions.item(i);
				String type = pointTypes.get(extension.getAttribute("point"));
				if (type == null) {
					continue;
				}
				NodeList children = extension.getChildNodes();
				for (int j = 0; j < children.getLength(); j++) {
					if (children.item(j) instanceof Element e && !e.getAttribute("class").isEmpty()) {
						services.computeIfAbsent(type, t -> new ArrayList<>()).add(e.getAttribute("class"));
					}
				}
			}
		}
		return services;
	}

	private static void writeServices(Map<String, List<String>> services, Path target) throws IOException {
		try (ZipOutputStream zo = new ZipOutputStream(Files.newOutputStream(target))) {
			putStored(zo, "META-INF/", new byte[0], true);
			putStored(zo, "META-INF/services/", new byte[0], true);
			for (Map.Entry<String, List<String>> e : services.entrySet()) {
				String lines = String.join("\n", e.getValue()) + "\n";
				putStored(zo, "META-INF/services/" + e.getKey(), lines.getBytes(StandardCharsets.UTF_8), false);
			}
		}
		int classes = services.values().stream().mapToInt(List::size).sum();
		System.err.println("cocolaunch: " + classes + " plugin.xml contributions to " + services.size()
				+ " extension points become services");
	}

	/** A file of a bundle (jar or folder) parsed as XML, or null when it is not there. */
	private static Document xml(Bundle b, String entry) throws IOException {
		byte[] data;
		if (Files.isDirectory(b.location())) {
			Path p = b.location().resolve(entry);
			if (!Files.isRegularFile(p)) {
				return null;
			}
			data = Files.readAllBytes(p);
		} else {
			try (ZipFile zip = new ZipFile(b.location().toFile())) {
				ZipEntry e = zip.getEntry(entry);
				if (e == null) {
					return null;
				}
				try (InputStream in = zip.getInputStream(e)) {
					data = in.readAllBytes();
				}
			}
		}
		try {
			DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
			f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			f.setExpandEntityReferences(false);
			return f.newDocumentBuilder().parse(new ByteArrayInputStream(data));
		} catch (ParserConfigurationException | SAXException e) {
			throw new IOException(b.name() + "/" + entry + ": " + e.getMessage(), e);
		}
	}

	/** The bundle's class path entries as unsigned, stored jars in lib; returns their absolute paths. */
	private static List<String> install(Bundle b, Path lib) throws IOException {
		String base = b.name() + "_" + b.version();
		List<String> entries = new ArrayList<>();
		List<String> bundleClassPath = new ArrayList<>();
		for (String clause : clauses(b.header("Bundle-ClassPath"))) {
			bundleClassPath.add(clause.split(";")[0].trim());
		}
		if (bundleClassPath.isEmpty()) {
			bundleClassPath.add(".");
		}
		for (String cpEntry : bundleClassPath) {
			Path target;
			if (cpEntry.equals(".")) {
				target = lib.resolve(base + ".jar");
				if (Files.isDirectory(b.location())) {
					packFolder(b.location(), target);
				} else {
					copyUnsigned(b.location(), target);
				}
			} else {
				target = lib.resolve(base + "__" + cpEntry.replace('/', '_'));
				if (!extractNested(b.location(), cpEntry, target)) {
					continue; // a Bundle-ClassPath entry that is not there is skipped by the framework too
				}
			}
			entries.add(target.toAbsolutePath().toString());
		}
		return entries;
	}

	private static boolean isSignature(String name) {
		String n = name.toUpperCase(java.util.Locale.ROOT);
		return n.startsWith("META-INF/") && n.indexOf('/', "META-INF/".length()) < 0
				&& (n.endsWith(".SF") || n.endsWith(".RSA") || n.endsWith(".DSA") || n.endsWith(".EC"));
	}

	private static void copyUnsigned(Path jar, Path target) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile()); ZipOutputStream zo = new ZipOutputStream(Files.newOutputStream(target))) {
			Enumeration<? extends ZipEntry> all = zip.entries();
			while (all.hasMoreElements()) {
				ZipEntry e = all.nextElement();
				if (isSignature(e.getName())) {
					continue;
				}
				try (InputStream in = zip.getInputStream(e)) {
					putStored(zo, e.getName(), e.isDirectory() ? new byte[0] : in.readAllBytes(), e.isDirectory());
				}
			}
		}
	}

	private static void packFolder(Path folder, Path target) throws IOException {
		try (ZipOutputStream zo = new ZipOutputStream(Files.newOutputStream(target)); Stream<Path> walk = Files.walk(folder)) {
			for (Path p : walk.sorted().toList()) {
				String name = folder.relativize(p).toString().replace('\\', '/');
				if (name.isEmpty()) {
					continue;
				}
				if (Files.isDirectory(p)) {
					putStored(zo, name + "/", new byte[0], true);
				} else {
					putStored(zo, name, Files.readAllBytes(p), false);
				}
			}
		}
	}

	private static boolean extractNested(Path bundle, String entry, Path target) throws IOException {
		if (Files.isDirectory(bundle)) {
			Path nested = bundle.resolve(entry);
			if (Files.isRegularFile(nested)) {
				copyUnsigned(nested, target);
				return true;
			}
			if (Files.isDirectory(nested)) {
				packFolder(nested, target);
				return true;
			}
			return false;
		}
		try (ZipFile zip = new ZipFile(bundle.toFile())) {
			ZipEntry e = zip.getEntry(entry);
			if (e == null || e.isDirectory()) {
				return false;
			}
			Path tmp = Files.createTempFile(target.getParent(), "nested", ".jar");
			try (InputStream in = zip.getInputStream(e); OutputStream o = Files.newOutputStream(tmp)) {
				in.transferTo(o);
			}
			copyUnsigned(tmp, target);
			Files.delete(tmp);
			return true;
		}
	}

	private static void putStored(ZipOutputStream zo, String name, byte[] data, boolean dir) throws IOException {
		ZipEntry e = new ZipEntry(name);
		e.setMethod(ZipEntry.STORED);
		e.setSize(data.length);
		e.setCompressedSize(data.length);
		CRC32 crc = new CRC32();
		crc.update(data);
		e.setCrc(crc.getValue());
		e.setTime(0);
		zo.putNextEntry(e);
		if (!dir) {
			zo.write(data);
		}
		zo.closeEntry();
	}

	/** The comma-separated clauses of a manifest header; commas inside quotes (version ranges) do not separate. */
	static List<String> clauses(String header) {
		List<String> result = new ArrayList<>();
		if (header == null) {
			return result;
		}
		StringBuilder current = new StringBuilder();
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				result.add(current.toString().trim());
				current.setLength(0);
			} else {
				current.append(c);
			}
		}
		if (!current.toString().isBlank()) {
			result.add(current.toString().trim());
		}
		return result;
	}

	private static int compareVersions(String a, String b) {
		String[] x = a.split("\\.", 4);
		String[] y = b.split("\\.", 4);
		for (int i = 0; i < 4; i++) {
			String p = i < x.length ? x[i] : "";
			String q = i < y.length ? y[i] : "";
			int c = i < 3 ? Long.compare(number(p), number(q)) : p.compareTo(q);
			if (c != 0) {
				return c;
			}
		}
		return 0;
	}

	private static long number(String s) {
		try {
			return s.isEmpty() ? 0 : Long.parseLong(s);
		} catch (NumberFormatException e) {
			return 0;
		}
	}
}

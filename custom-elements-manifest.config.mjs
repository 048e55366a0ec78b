// Lit's `static properties` entries with `state: true` are internal reactive state, not attributes.
// The analyzer lists them as public fields with attributes; this plugin takes them out again.
function internalState() {
  const stateNames = new Map(); // class name -> names declared with state: true
  return {
    name: 'lit-internal-state',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStaticProperties =
          ts.isPropertyDeclaration(member) &&
          member.name.getText() === 'properties' &&
          member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword) &&
          member.initializer &&
          ts.isObjectLiteralExpression(member.initializer);
        if (!isStaticProperties) continue;
        const names = member.initializer.properties
          .filter((p) => ts.isPropertyAssignment(p) && /\bstate\s*:\s*true\b/.test(p.initializer.getText()))
          .map((p) => p.name.getText());
        stateNames.set(node.name.getText(), new Set(names));
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          const names = stateNames.get(decl.name);
          if (!names) continue;
          decl.members = decl.members?.filter((m) => !names.has(m.name));
          decl.attributes = decl.attributes?.filter((a) => !names.has(a.fieldName ?? a.name));
        }
      }
    },
  };
}

export default {
  plugins: [internalState()],
};

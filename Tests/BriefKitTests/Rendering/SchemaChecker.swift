import Foundation

/// A structural check of parsed JSON against the subset of JSON Schema 2020-12 that
/// `schemas/*.schema.json` use.
///
/// `type` (with `boolean`), `const`, `enum`, `required`, `properties`, `additionalProperties: false`, `items`,
/// `minimum`, and `$ref` to `#/$defs/...` or to a sibling schema file. Not a general validator.
struct SchemaChecker {
  /// Parsed schema files by file name.
  let schemas: [String: [String: Any]]

  /// Loads every schema in the repository's `schemas/` directory.
  static func repositorySchemas(filePath: String = #filePath) throws -> SchemaChecker {
    let root = URL(fileURLWithPath: filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let directory = root.appendingPathComponent("schemas")
    var schemas: [String: [String: Any]] = [:]
    for name in ["brief.schema.json", "digest.schema.json"] {
      let data = try Data(contentsOf: directory.appendingPathComponent(name))
      schemas[name] = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    }
    return SchemaChecker(schemas: schemas)
  }

  /// Every way `value` breaks the schema in `file`; empty when it conforms.
  func problems(_ value: Any, file: String) -> [String] {
    guard let schema = schemas[file] else { return ["no schema \(file)"] }
    return problems(value, schema: schema, file: file, path: "$")
  }

  private func problems(_ value: Any, schema: [String: Any], file: String, path: String)
    -> [String]
  {
    if let reference = schema["$ref"] as? String {
      return resolved(reference, file: file).map { target, targetFile in
        problems(value, schema: target, file: targetFile, path: path)
      } ?? ["\(path): unresolved $ref \(reference)"]
    }
    var found: [String] = []
    if let types = schema["type"] {
      let names = (types as? [String]) ?? [(types as? String) ?? ""]
      if !names.contains(where: { matches(value, type: $0) }) {
        found.append("\(path): not of type \(names)")
      }
    }
    if let constant = schema["const"], !equal(constant, value) {
      found.append("\(path): not \(constant)")
    }
    if let options = schema["enum"] as? [Any], !options.contains(where: { equal($0, value) }) {
      found.append("\(path): not one of \(options)")
    }
    if let minimum = schema["minimum"] as? Double, let number = value as? Double, number < minimum {
      found.append("\(path): below \(minimum)")
    }
    if let object = value as? [String: Any] {
      let properties = schema["properties"] as? [String: Any] ?? [:]
      for key in schema["required"] as? [String] ?? [] where object[key] == nil {
        found.append("\(path): missing \(key)")
      }
      for (key, member) in object {
        if let memberSchema = properties[key] as? [String: Any] {
          found += problems(member, schema: memberSchema, file: file, path: "\(path).\(key)")
        } else if schema["additionalProperties"] as? Bool == false {
          found.append("\(path): unexpected \(key)")
        }
      }
    }
    if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
      for (index, element) in array.enumerated() {
        found += problems(element, schema: items, file: file, path: "\(path)[\(index)]")
      }
    }
    return found
  }

  private func resolved(_ reference: String, file: String) -> ([String: Any], String)? {
    if reference.hasPrefix("#/$defs/") {
      let name = String(reference.dropFirst("#/$defs/".count))
      let definitions = schemas[file]?["$defs"] as? [String: Any]
      return (definitions?[name] as? [String: Any]).map { ($0, file) }
    }
    return schemas[reference].map { ($0, reference) }
  }

  private func matches(_ value: Any, type: String) -> Bool {
    switch type {
    case "null": return value is NSNull
    case "string": return value is String
    case "array": return value is [Any]
    case "object": return value is [String: Any]
    case "boolean": return Self.isBoolean(value)
    case "integer": return !(value is String) && !Self.isBoolean(value) && (value as? Int) != nil
    case "number": return !(value is String) && !Self.isBoolean(value) && (value as? Double) != nil
    default: return false
    }
  }

  /// Whether JSONSerialization read `value` as `true` or `false`: both it and a number bridge
  /// to `Bool` and `Int`, but only a boolean is of Foundation's boolean class.
  private static func isBoolean(_ value: Any) -> Bool {
    value is Bool && String(describing: type(of: value)).contains("Boolean")
  }

  private func equal(_ left: Any, _ right: Any) -> Bool {
    if let left = left as? String, let right = right as? String { return left == right }
    if let left = left as? Int, let right = right as? Int { return left == right }
    return false
  }
}

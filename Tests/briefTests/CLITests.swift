import Testing

@Test func `placeholder until the CLI lands`() {
  #expect(Bool(true))
}

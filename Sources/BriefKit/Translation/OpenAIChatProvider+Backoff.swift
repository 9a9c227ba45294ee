extension OpenAIChatProvider {
  /// OpenAI's own client's backoff (`BackoffSchedule.openAI`).
  public var backoff: BackoffSchedule { .openAI }
}

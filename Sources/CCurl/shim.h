#ifndef BRIEF_CCURL_SHIM_H
#define BRIEF_CCURL_SHIM_H

#include <curl/curl.h>

// Swift cannot call C variadic functions. One typed wrapper per argument kind keeps every
// variadic call in this header; Swift sees only these.

static inline CURLcode brief_easy_setopt_long(CURL *handle, CURLoption option, long value) {
  return curl_easy_setopt(handle, option, value);
}

static inline CURLcode brief_easy_setopt_string(CURL *handle, CURLoption option, const char *value) {
  return curl_easy_setopt(handle, option, value);
}

static inline CURLcode brief_easy_setopt_pointer(CURL *handle, CURLoption option, void *value) {
  return curl_easy_setopt(handle, option, value);
}

/// For options taking a `curl_off_t` (the *_LARGE sizes).
static inline CURLcode brief_easy_setopt_off_t(CURL *handle, CURLoption option, curl_off_t value) {
  return curl_easy_setopt(handle, option, value);
}

/// For `CURLOPT_HTTPHEADER`: the list stays owned by the caller and must outlive the transfer.
static inline CURLcode brief_easy_setopt_slist(CURL *handle, CURLoption option,
                                               struct curl_slist *value) {
  return curl_easy_setopt(handle, option, value);
}

/// For `CURLOPT_WRITEFUNCTION` and `CURLOPT_HEADERFUNCTION` (same signature).
static inline CURLcode brief_easy_setopt_write_callback(CURL *handle, CURLoption option,
                                                        curl_write_callback value) {
  return curl_easy_setopt(handle, option, value);
}

/// For `CURLOPT_DEBUGFUNCTION`.
static inline CURLcode brief_easy_setopt_debug_callback(CURL *handle, CURLoption option,
                                                        curl_debug_callback value) {
  return curl_easy_setopt(handle, option, value);
}

static inline CURLcode brief_easy_getinfo_long(CURL *handle, CURLINFO info, long *value) {
  return curl_easy_getinfo(handle, info, value);
}

static inline CURLMcode brief_multi_setopt_long(CURLM *handle, CURLMoption option, long value) {
  return curl_multi_setopt(handle, option, value);
}

/// Version information for the linked libcurl (CURLVERSION_NOW is a macro Swift cannot see).
static inline curl_version_info_data *brief_curl_version_info(void) {
  return curl_version_info(CURLVERSION_NOW);
}

#endif

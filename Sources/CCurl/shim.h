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

static inline CURLcode brief_easy_getinfo_long(CURL *handle, CURLINFO info, long *value) {
  return curl_easy_getinfo(handle, info, value);
}

/// Version information for the linked libcurl (CURLVERSION_NOW is a macro Swift cannot see).
static inline curl_version_info_data *brief_curl_version_info(void) {
  return curl_version_info(CURLVERSION_NOW);
}

#endif

"""Talking to Claude: the SDK client, retries, network guards and the key.

The anthropic SDK is imported only when a request is made. API errors become plain-words problems
here, at the boundary; the key comes from the environment or the system keyring and never leaves
this package in a message. It may import ``advisor.core`` only.
"""

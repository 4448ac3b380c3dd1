using System.IO.Pipelines;
using System.Net;
using Microsoft.AspNetCore.Http.Features;

namespace SESLIP.Newsletter.Web.Infrastructure;

/// <summary>A GET sent through <see cref="SitePipeline"/> as a reader's browser would send it to the public
/// address: its scheme and host are the public site's, so the page cache files the response under the key a
/// reader's request looks up. The body is thrown away; the page cache keeps its own copy.</summary>
public static class InProcessRequest
{
    public static async Task<int> GetAsync(RequestDelegate pipeline, IHttpContextFactory contexts, Uri baseUri, string pathAndQuery, CancellationToken cancellationToken)
    {
        var queryAt = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var request = new HttpRequestFeature
        {
            Method = HttpMethods.Get,
            Scheme = baseUri.Scheme,
            Protocol = "HTTP/1.1",
            PathBase = "",
            Path = queryAt < 0 ? pathAndQuery : pathAndQuery[..queryAt],
            QueryString = queryAt < 0 ? "" : pathAndQuery[queryAt..],
            RawTarget = pathAndQuery,
        };
        request.Headers.Host = baseUri.IsDefaultPort ? baseUri.Host : $"{baseUri.Host}:{baseUri.Port}";
        request.Headers.Accept = "text/html,application/xhtml+xml,*/*;q=0.8";

        var response = new DiscardedResponse();
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(request);
        features.Set<IHttpResponseFeature>(response);
        features.Set<IHttpResponseBodyFeature>(response);
        features.Set<IHttpConnectionFeature>(new HttpConnectionFeature
        {
            ConnectionId = "page-warming",
            RemoteIpAddress = IPAddress.Loopback,
            LocalIpAddress = IPAddress.Loopback,
        });
        features.Set<IHttpRequestLifetimeFeature>(new HttpRequestLifetimeFeature { RequestAborted = cancellationToken });

        var context = contexts.Create(features);
        try
        {
            await pipeline(context);
            await response.CompleteAsync();
            return context.Response.StatusCode;
        }
        finally
        {
            await response.FireCompletedAsync();
            contexts.Dispose(context);
        }
    }

    /// <summary>Behaves as a server's response does where middleware can tell: "starting" callbacks run once,
    /// before the first byte or on an explicit start, so headers they add are on the cached copy as on a
    /// reader's; "completed" callbacks run at the end.</summary>
    private sealed class DiscardedResponse : IHttpResponseFeature, IHttpResponseBodyFeature
    {
        private readonly List<(Func<object, Task> Callback, object State)> _starting = [];
        private readonly List<(Func<object, Task> Callback, object State)> _completed = [];
        private PipeWriter? _writer;

        public DiscardedResponse() => Stream = new StartingStream(this);

        public int StatusCode { get; set; } = StatusCodes.Status200OK;
        public string? ReasonPhrase { get; set; }
        public IHeaderDictionary Headers { get; set; } = new HeaderDictionary();
        public Stream Body { get => Stream; set => throw new NotSupportedException("Replace the body feature instead."); }
        public bool HasStarted { get; private set; }
        public Stream Stream { get; }
        public PipeWriter Writer => _writer ??= PipeWriter.Create(Stream, new StreamPipeWriterOptions(leaveOpen: true));

        public void OnStarting(Func<object, Task> callback, object state) => _starting.Add((callback, state));

        public void OnCompleted(Func<object, Task> callback, object state) => _completed.Add((callback, state));

        public async Task StartAsync(CancellationToken cancellationToken = default)
        {
            if (HasStarted)
            {
                return;
            }

            // Registered last, run first, as servers do.
            for (var i = _starting.Count - 1; i >= 0; i--)
            {
                await _starting[i].Callback(_starting[i].State);
            }

            HasStarted = true;
        }

        public async Task CompleteAsync()
        {
            await StartAsync();
            if (_writer is not null)
            {
                await _writer.FlushAsync();
            }
        }

        public async Task FireCompletedAsync()
        {
            for (var i = _completed.Count - 1; i >= 0; i--)
            {
                await _completed[i].Callback(_completed[i].State);
            }
        }

        public void DisableBuffering()
        {
        }

        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) => StartAsync(cancellationToken);

        /// <summary>A sink that starts the response before the first write.</summary>
        private sealed class StartingStream(DiscardedResponse response) : Stream
        {
            public override bool CanRead => false;
            public override bool CanSeek => false;
            public override bool CanWrite => true;
            public override long Length => throw new NotSupportedException();
            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

            public override void Flush()
            {
            }

            public override Task FlushAsync(CancellationToken cancellationToken) => response.StartAsync(cancellationToken);

            public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => response.StartAsync().GetAwaiter().GetResult();

            public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
                await response.StartAsync(cancellationToken);

            public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
                response.StartAsync(cancellationToken);
        }
    }
}

// Learns word clusters from unlabeled text for the name tagger's cluster
// features, written out as one bit string per word (like Brown clusters).
//
// Two steps:
//  1. Two-sided predictive exchange clustering (Uszkoreit & Brants 2008,
//     "Distributed Word Clustering for Large Scale Class-Based Language
//     Modeling in Machine Translation"; the two-sided objective is the one of
//     Dehdari et al. 2016, "BIRA"): every word gets one of --classes classes so
//     that the likelihood of predicting a word's class from the word before it
//     plus that of predicting it from the word after it is highest. Words are
//     moved one at a time, in order of frequency, to the class that gains most.
//  2. Brown et al. (1992) agglomerative merging, but of those classes instead
//     of words (cheap for 256 classes): the pair of classes whose merge keeps
//     the most mutual information between adjacent classes is merged until one
//     is left. The merge tree gives each class, and so each of its words, a
//     bit path from the root: words that share a long prefix are used alike.
//
// Everything runs in one thread in a fixed order, so the same input gives the
// same output byte for byte.
//
// Input on stdin: one sentence per line, tokens separated by spaces (already
// lower-cased by build_word_clusters.py). Output on stdout: word, bit path and
// count, tab-separated, most frequent first; words seen fewer than
// --min-count times are clustered together as one unknown word and not
// written.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace {

struct Options {
  int classes = 256;
  int min_count = 3;
  int max_iterations = 20;
  // Stop once an iteration moves fewer than this share of the words.
  double min_moved_share = 0.002;
};

// The vocabulary: words by descending count (ties in byte order), then the
// unknown word, then the sentence boundary, which is only ever a context.
struct Corpus {
  std::vector<std::string> words;
  std::vector<int64_t> counts;
  int unknown = 0;
  int boundary = 0;
  // Each sentence as word ids, boundary-delimited: b w1 w2 ... b.
  std::vector<int32_t> stream;
};

Corpus ReadCorpus(std::istream& in, int min_count) {
  std::unordered_map<std::string, int64_t> counts;
  std::string text((std::istreambuf_iterator<char>(in)),
                   std::istreambuf_iterator<char>());
  auto for_each_sentence = [&text](auto&& on_sentence) {
    std::vector<std::string_view> tokens;
    size_t line_start = 0;
    while (line_start < text.size()) {
      size_t line_end = text.find('\n', line_start);
      if (line_end == std::string::npos) line_end = text.size();
      tokens.clear();
      size_t i = line_start;
      while (i < line_end) {
        while (i < line_end && (text[i] == ' ' || text[i] == '\r')) ++i;
        size_t j = i;
        while (j < line_end && text[j] != ' ' && text[j] != '\r') ++j;
        if (j > i) tokens.emplace_back(text.data() + i, j - i);
        i = j;
      }
      if (!tokens.empty()) on_sentence(tokens);
      line_start = line_end + 1;
    }
  };
  for_each_sentence([&counts](const std::vector<std::string_view>& tokens) {
    for (std::string_view token : tokens) ++counts[std::string(token)];
  });

  std::vector<std::pair<std::string, int64_t>> kept;
  int64_t unknown_count = 0;
  for (auto& [word, count] : counts) {
    if (count >= min_count) {
      kept.emplace_back(word, count);
    } else {
      unknown_count += count;
    }
  }
  std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) {
    if (a.second != b.second) return a.second > b.second;
    return a.first < b.first;
  });

  Corpus corpus;
  std::unordered_map<std::string_view, int32_t> ids;
  ids.reserve(kept.size());
  corpus.words.reserve(kept.size() + 2);
  for (auto& [word, count] : kept) {
    corpus.words.push_back(word);
    corpus.counts.push_back(count);
  }
  for (size_t i = 0; i < corpus.words.size(); ++i) {
    ids.emplace(corpus.words[i], static_cast<int32_t>(i));
  }
  corpus.unknown = static_cast<int>(corpus.words.size());
  corpus.words.push_back("<unknown>");
  corpus.counts.push_back(unknown_count);
  corpus.boundary = static_cast<int>(corpus.words.size());
  corpus.words.push_back("<boundary>");
  corpus.counts.push_back(0);

  corpus.stream.push_back(corpus.boundary);
  for_each_sentence([&](const std::vector<std::string_view>& tokens) {
    for (std::string_view token : tokens) {
      auto it = ids.find(token);
      corpus.stream.push_back(it == ids.end() ? corpus.unknown : it->second);
    }
    corpus.stream.push_back(corpus.boundary);
  });
  return corpus;
}

// For each word, the distinct words seen next to it on one side, with the
// number of times.
struct Neighbour {
  int32_t word;
  int32_t count;
};
using NeighbourLists = std::vector<std::vector<Neighbour>>;

NeighbourLists CountNeighbours(const Corpus& corpus, bool predecessors) {
  const size_t vocabulary = corpus.words.size();
  std::vector<std::unordered_map<int32_t, int32_t>> maps(vocabulary);
  for (size_t i = 1; i < corpus.stream.size(); ++i) {
    int32_t before = corpus.stream[i - 1];
    int32_t after = corpus.stream[i];
    if (predecessors && after != corpus.boundary) ++maps[after][before];
    if (!predecessors && before != corpus.boundary) ++maps[before][after];
  }
  NeighbourLists lists(vocabulary);
  for (size_t w = 0; w < vocabulary; ++w) {
    lists[w].reserve(maps[w].size());
    for (auto [word, count] : maps[w]) lists[w].push_back({word, count});
    // Sorted so the sums below add up in the same order on every run
    // (unordered_map iteration order is not fixed).
    std::sort(
        lists[w].begin(), lists[w].end(),
        [](const Neighbour& a, const Neighbour& b) { return a.word < b.word; });
  }
  return lists;
}

// x log x for every count up to the corpus size, so the inner loop looks
// terms up instead of calling log.
class XLogX {
 public:
  explicit XLogX(int64_t max_count) : table_(max_count + 1) {
    table_[0] = 0.0;
    for (int64_t x = 1; x <= max_count; ++x) {
      table_[x] = static_cast<double>(x) * std::log(static_cast<double>(x));
    }
  }
  double operator()(int64_t x) const { return table_[x]; }

 private:
  std::vector<double> table_;
};

class ExchangeClustering {
 public:
  ExchangeClustering(const Corpus& corpus, const Options& options)
      : corpus_(corpus),
        classes_(options.classes),
        vocabulary_(static_cast<int>(corpus.words.size())),
        predecessors_(CountNeighbours(corpus, true)),
        successors_(CountNeighbours(corpus, false)),
        xlogx_(static_cast<int64_t>(corpus.stream.size())),
        // context_by_class_[side][context word * classes + class]: how often
        // the context word is seen next to a word of the class.
        left_context_(static_cast<size_t>(vocabulary_) * classes_, 0),
        right_context_(static_cast<size_t>(vocabulary_) * classes_, 0),
        class_counts_(classes_, 0),
        class_of_(vocabulary_, -1) {
    // Round robin by frequency: the most frequent words start apart, and the
    // start does not depend on a random seed.
    for (int w = 0; w < vocabulary_; ++w) {
      if (w == corpus_.boundary) continue;
      Add(w, w % classes_);
    }
  }

  // One pass over the words; returns how many changed class.
  int Iterate() {
    std::vector<double> gain(classes_);
    int moved = 0;
    for (int w = 0; w < vocabulary_; ++w) {
      if (w == corpus_.boundary) continue;
      const int old_class = class_of_[w];
      Remove(w);
      std::fill(gain.begin(), gain.end(), 0.0);
      AddContextGains(predecessors_[w], left_context_, &gain);
      AddContextGains(successors_[w], right_context_, &gain);
      const int64_t count = corpus_.counts[w];
      int best = old_class;
      double best_gain = -1e300;
      for (int c = 0; c < classes_; ++c) {
        // Both sides predict the word's class, so its class total is paid
        // twice.
        gain[c] -=
            2.0 * (xlogx_(class_counts_[c] + count) - xlogx_(class_counts_[c]));
        if (gain[c] > best_gain) {
          best_gain = gain[c];
          best = c;
        }
      }
      // Stay put unless another class is strictly better: without this, ties
      // would make words wander and the passes would not settle.
      if (gain[old_class] >= best_gain) best = old_class;
      Add(w, best);
      if (best != old_class) ++moved;
    }
    return moved;
  }

  // The two-sided log-likelihood up to a constant, to show progress.
  double Objective() const {
    double total = 0.0;
    for (int64_t n : left_context_) total += xlogx_(n);
    for (int64_t n : right_context_) total += xlogx_(n);
    for (int64_t n : class_counts_) total -= 2.0 * xlogx_(n);
    return total;
  }

  const std::vector<int>& class_of() const { return class_of_; }

 private:
  void AddContextGains(const std::vector<Neighbour>& neighbours,
                       const std::vector<int32_t>& context_by_class,
                       std::vector<double>* gain) const {
    double* g = gain->data();
    for (const Neighbour& n : neighbours) {
      const int32_t* row =
          context_by_class.data() + static_cast<size_t>(n.word) * classes_;
      for (int c = 0; c < classes_; ++c) {
        g[c] += xlogx_(row[c] + n.count) - xlogx_(row[c]);
      }
    }
  }

  void Update(int w, int c, int sign) {
    for (const Neighbour& n : predecessors_[w]) {
      left_context_[static_cast<size_t>(n.word) * classes_ + c] +=
          sign * n.count;
    }
    for (const Neighbour& n : successors_[w]) {
      right_context_[static_cast<size_t>(n.word) * classes_ + c] +=
          sign * n.count;
    }
    class_counts_[c] += sign * corpus_.counts[w];
  }
  void Add(int w, int c) {
    class_of_[w] = c;
    Update(w, c, +1);
  }
  void Remove(int w) { Update(w, class_of_[w], -1); }

  const Corpus& corpus_;
  const int classes_;
  const int vocabulary_;
  const NeighbourLists predecessors_;
  const NeighbourLists successors_;
  const XLogX xlogx_;
  std::vector<int32_t> left_context_;
  std::vector<int32_t> right_context_;
  std::vector<int64_t> class_counts_;
  std::vector<int> class_of_;
};

// Brown merging of the classes by their bigram counts; returns each class's
// bit path ("0"/"1" from the root down).
std::vector<std::string> MergeClassesIntoTree(const Corpus& corpus,
                                              const std::vector<int>& class_of,
                                              int classes) {
  // bigrams[a][b]: adjacent word pairs of class a then class b (sentence
  // boundaries left out).
  std::vector<std::vector<double>> bigrams(classes,
                                           std::vector<double>(classes, 0.0));
  for (size_t i = 1; i < corpus.stream.size(); ++i) {
    int32_t before = corpus.stream[i - 1];
    int32_t after = corpus.stream[i];
    if (before == corpus.boundary || after == corpus.boundary) continue;
    bigrams[class_of[before]][class_of[after]] += 1.0;
  }
  auto f = [](double x) { return x > 0.0 ? x * std::log(x) : 0.0; };
  std::vector<double> row_sums(classes, 0.0), column_sums(classes, 0.0);
  for (int a = 0; a < classes; ++a) {
    for (int b = 0; b < classes; ++b) {
      row_sums[a] += bigrams[a][b];
      column_sums[b] += bigrams[a][b];
    }
  }

  std::vector<int> active;
  for (int c = 0; c < classes; ++c) {
    if (row_sums[c] > 0.0 || column_sums[c] > 0.0) active.push_back(c);
  }
  // Each tree node's children; leaves are the classes 0..classes-1.
  std::vector<std::pair<int, int>> children(classes, {-1, -1});
  std::vector<int> node_of(classes);
  for (int c = 0; c < classes; ++c) node_of[c] = c;

  // Mutual information (times the bigram total, plus a constant) changes by
  // merge_change(a, b) when b is merged into a: only rows and columns a and b
  // change. It is the sum of one term per other class c plus a term of a and
  // b alone.
  auto term_with = [&](int a, int b, int c) {
    return f(bigrams[a][c] + bigrams[b][c]) + f(bigrams[c][a] + bigrams[c][b]) -
           f(bigrams[a][c]) - f(bigrams[b][c]) - f(bigrams[c][a]) -
           f(bigrams[c][b]);
  };
  auto merge_change = [&](int a, int b) {
    double change = 0.0;
    for (int c : active) {
      if (c != a && c != b) change += term_with(a, b, c);
    }
    change += f(bigrams[a][a] + bigrams[a][b] + bigrams[b][a] + bigrams[b][b]) -
              f(bigrams[a][a]) - f(bigrams[a][b]) - f(bigrams[b][a]) -
              f(bigrams[b][b]);
    change -= f(row_sums[a] + row_sums[b]) +
              f(column_sums[a] + column_sums[b]) - f(row_sums[a]) -
              f(row_sums[b]) - f(column_sums[a]) - f(column_sums[b]);
    return change;
  };
  // Every pair's change, kept up to date: after a merge of y into x a pair
  // (i, j) apart from them only swaps its terms of x and y for one of the
  // merged class, so each merge costs O(classes^2) instead of O(classes^3).
  std::vector<std::vector<double>> changes(classes,
                                           std::vector<double>(classes, 0.0));
  for (size_t i = 0; i < active.size(); ++i) {
    for (size_t j = i + 1; j < active.size(); ++j) {
      changes[active[i]][active[j]] = merge_change(active[i], active[j]);
    }
  }

  while (active.size() > 1) {
    int x = -1, y = -1;
    double best = -1e300;
    for (size_t i = 0; i < active.size(); ++i) {
      for (size_t j = i + 1; j < active.size(); ++j) {
        double change = changes[active[i]][active[j]];
        if (change > best) {
          best = change;
          x = active[i];
          y = active[j];
        }
      }
    }
    // Take out the terms of x and y from the other pairs before the counts
    // change.
    for (size_t i = 0; i < active.size(); ++i) {
      const int a = active[i];
      if (a == x || a == y) continue;
      for (size_t j = i + 1; j < active.size(); ++j) {
        const int b = active[j];
        if (b == x || b == y) continue;
        changes[a][b] -= term_with(a, b, x) + term_with(a, b, y);
      }
    }
    // Merge y into x.
    for (int c : active) {
      if (c == x || c == y) continue;
      bigrams[x][c] += bigrams[y][c];
      bigrams[c][x] += bigrams[c][y];
    }
    bigrams[x][x] += bigrams[x][y] + bigrams[y][x] + bigrams[y][y];
    row_sums[x] += row_sums[y];
    column_sums[x] += column_sums[y];
    children.push_back({node_of[x], node_of[y]});
    node_of[x] = static_cast<int>(children.size()) - 1;
    active.erase(std::find(active.begin(), active.end(), y));
    for (size_t i = 0; i < active.size(); ++i) {
      const int a = active[i];
      for (size_t j = i + 1; j < active.size(); ++j) {
        const int b = active[j];
        if (a == x || b == x) {
          changes[a][b] = merge_change(a, b);
        } else {
          changes[a][b] += term_with(a, b, x);
        }
      }
    }
  }

  std::vector<std::string> paths(classes);
  if (active.empty()) return paths;
  // Walk down from the root: the first child gets 0, the second 1.
  std::vector<std::pair<int, std::string>> stack = {{node_of[active[0]], ""}};
  while (!stack.empty()) {
    auto [node, path] = stack.back();
    stack.pop_back();
    if (node < classes) {
      paths[node] = path.empty() ? "0" : path;
      continue;
    }
    stack.push_back({children[node].first, path + "0"});
    stack.push_back({children[node].second, path + "1"});
  }
  return paths;
}

bool ParseIntFlag(const char* arg, const char* name, int* value) {
  size_t length = std::strlen(name);
  if (std::strncmp(arg, name, length) != 0 || arg[length] != '=') return false;
  *value = std::atoi(arg + length + 1);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    if (ParseIntFlag(argv[i], "--classes", &options.classes) ||
        ParseIntFlag(argv[i], "--min-count", &options.min_count) ||
        ParseIntFlag(argv[i], "--iterations", &options.max_iterations)) {
      continue;
    }
    std::fprintf(stderr,
                 "usage: %s [--classes=256] [--min-count=3] "
                 "[--iterations=20] < sentences.txt > clusters.tsv\n",
                 argv[0]);
    return 2;
  }
  if (options.classes < 2 || options.min_count < 1) {
    std::fprintf(stderr, "need --classes >= 2 and --min-count >= 1\n");
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  auto seconds = [&start] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() -
                                         start)
        .count();
  };

  std::ios::sync_with_stdio(false);
  const Corpus corpus = ReadCorpus(std::cin, options.min_count);
  const int clustered = corpus.unknown + 1;  // the kept words and <unknown>
  std::fprintf(stderr, "%zu tokens, %d words seen >= %d times (%.1f s)\n",
               corpus.stream.size(), corpus.unknown, options.min_count,
               seconds());

  ExchangeClustering clustering(corpus, options);
  for (int iteration = 1; iteration <= options.max_iterations; ++iteration) {
    int moved = clustering.Iterate();
    std::fprintf(stderr,
                 "iteration %d: %d words moved, objective %.6e (%.1f s)\n",
                 iteration, moved, clustering.Objective(), seconds());
    if (moved < options.min_moved_share * clustered) break;
  }

  std::vector<std::string> paths =
      MergeClassesIntoTree(corpus, clustering.class_of(), options.classes);
  size_t longest = 0;
  for (const std::string& path : paths)
    longest = std::max(longest, path.size());
  std::fprintf(stderr, "class tree built, longest path %zu bits (%.1f s)\n",
               longest, seconds());

  std::string out;
  for (int w = 0; w < corpus.unknown; ++w) {
    out += corpus.words[w];
    out += '\t';
    out += paths[clustering.class_of()[w]];
    out += '\t';
    out += std::to_string(corpus.counts[w]);
    out += '\n';
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
